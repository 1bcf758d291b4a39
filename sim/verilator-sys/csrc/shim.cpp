// C ABI over the Verilated SoC model (`Vtop`), used by src/lib.rs.
//
// One VerilatedContext per model, so several models can live in one process
// (one per thread). Time is counted in half cycles: the clock is low at even
// times and high at odd times, and the FST trace (when open) gets a sample
// after each edge.
#include <cstdint>
#include <memory>
#include "Vtop.h"
#include "verilated.h"
#include "verilated_fst_c.h"

// Must match `Inputs` in src/lib.rs (all fields uint32_t: no padding rules to agree on).
struct VsysInputs {
    uint32_t reset;
    uint32_t mem_latency;
    uint32_t ld_we;
    uint32_t ld_addr;
    uint32_t ld_data;
    uint32_t uart_rxd;
};

// Must match `Outputs` in src/lib.rs.
struct VsysOutputs {
    uint32_t rt_valid;
    uint32_t rt_pc;
    uint32_t rt_insn;
    uint32_t rt_rd_we;
    uint32_t rt_rd;
    uint32_t rt_rd_val;
    uint32_t rt_sr;
    uint32_t rt_mw_valid;
    uint32_t rt_mw_addr;
    uint32_t rt_mw_size;
    uint32_t rt_mw_data;
    uint32_t rt_exc_valid;
    uint32_t rt_exc_vec;
    uint32_t rt_intr;
    uint32_t rt_r3;
    uint32_t uart_tx_valid;
    uint32_t uart_tx_data;
    uint32_t uart_txd;
    uint32_t finish_valid;
    uint32_t finish_data;
};

struct Vsys {
    std::unique_ptr<VerilatedContext> ctx;
    std::unique_ptr<Vtop> top;
    std::unique_ptr<VerilatedFstC> fst;
    uint64_t time = 0;  // half cycles
    bool traced = false;
};

static void dump(Vsys* s) {
    if (s->fst) s->fst->dump(s->time);
    s->time++;
}

extern "C" {

Vsys* vsys_new(void) {
    Vsys* s = new Vsys;
    s->ctx.reset(new VerilatedContext);
    s->ctx->traceEverOn(true);  // so waves can be opened later
    s->top.reset(new Vtop(s->ctx.get(), "top"));
    s->top->clock = 0;
    s->top->reset = 1;
    s->top->eval();
    return s;
}

void vsys_delete(Vsys* s) {
    if (!s) return;
    if (s->fst) s->fst->close();
    s->top->final();
    delete s;
}

void vsys_set_inputs(Vsys* s, const VsysInputs* in) {
    Vtop* t = s->top.get();
    t->reset = in->reset & 1;
    t->mem_latency = in->mem_latency & 0xff;
    t->ld_we = in->ld_we & 1;
    t->ld_addr = in->ld_addr;
    t->ld_data = in->ld_data;
#ifdef VSYS_HAS_UART_RXD
    t->uart_rxd = in->uart_rxd & 1;
#else
    (void)in->uart_rxd;
#endif
}

void vsys_eval(Vsys* s) { s->top->eval(); }

// One clock cycle: falling edge, evaluate, rising edge, evaluate.
void vsys_tick(Vsys* s) {
    Vtop* t = s->top.get();
    t->clock = 0;
    t->eval();
    dump(s);
    t->clock = 1;
    t->eval();
    dump(s);
}

void vsys_get_outputs(const Vsys* s, VsysOutputs* o) {
    const Vtop* t = s->top.get();
    o->rt_valid = t->rt_valid;
    o->rt_pc = t->rt_pc;
    o->rt_insn = t->rt_insn;
    o->rt_rd_we = t->rt_rd_we;
    o->rt_rd = t->rt_rd;
    o->rt_rd_val = t->rt_rd_val;
    o->rt_sr = t->rt_sr;
    o->rt_mw_valid = t->rt_mw_valid;
    o->rt_mw_addr = t->rt_mw_addr;
    o->rt_mw_size = t->rt_mw_size;
    o->rt_mw_data = t->rt_mw_data;
    o->rt_exc_valid = t->rt_exc_valid;
    o->rt_exc_vec = t->rt_exc_vec;
    o->rt_intr = t->rt_intr;
    o->rt_r3 = t->rt_r3;
    o->uart_tx_valid = t->uart_tx_valid;
    o->uart_tx_data = t->uart_tx_data;
    o->uart_txd = t->uart_txd;
    o->finish_valid = t->finish_valid;
    o->finish_data = t->finish_data;
}

// Opens an FST wave file; 0 on success, -1 if it cannot be opened, -2 if
// this model was already traced (Verilator attaches a model to one trace).
int vsys_trace_open(Vsys* s, const char* path) {
    if (s->traced) return -2;
    s->traced = true;
    s->fst.reset(new VerilatedFstC);
    s->top->trace(s->fst.get(), 99);
    s->fst->open(path);
    if (!s->fst->isOpen()) {
        s->fst.reset();
        return -1;
    }
    return 0;
}

void vsys_trace_close(Vsys* s) {
    if (s->fst) {
        s->fst->close();
        s->fst.reset();
    }
}

}  // extern "C"
