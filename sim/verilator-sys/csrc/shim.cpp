// C ABI over the Verilated SoC model, used by src/lib.rs.
//
// The SoC is verilated twice (build.rs): `Vfast` without tracing (about a
// quarter faster: no per-eval trace activity bookkeeping) and `Vtop` with
// `--trace-fst`. A model starts as Vfast; opening waves before the first
// clock edge swaps in a fresh Vtop (same inputs, same power-up state).
//
// One VerilatedContext per model, so several models can live in one process
// (one per thread). Time is counted in half cycles: the clock is low at even
// times and high at odd times, and the FST trace (when open) gets a sample
// after each edge.
#include <cstdint>
#include <memory>
#include "Vfast.h"
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
    std::unique_ptr<Vfast> fast;  // exactly one of fast / top is live
    std::unique_ptr<Vtop> top;
    std::unique_ptr<VerilatedFstC> fst;
    VsysInputs in = {1, 0, 0, 0, 0, 1};
    uint64_t time = 0;  // half cycles
    bool traced = false;
};

static void dump(Vsys* s) {
    if (s->fst) s->fst->dump(s->time);
    s->time++;
}

template <typename M>
static void set_inputs(M* t, const VsysInputs* in) {
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

// One clock cycle: falling edge, evaluate, rising edge, evaluate.
template <typename M>
static void tick(Vsys* s, M* t) {
    t->clock = 0;
    t->eval();
    dump(s);
    t->clock = 1;
    t->eval();
    dump(s);
}

template <typename M>
static void get_outputs(const M* t, VsysOutputs* o) {
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

extern "C" {

Vsys* vsys_new(void) {
    Vsys* s = new Vsys;
    s->ctx.reset(new VerilatedContext);
    s->ctx->traceEverOn(true);  // so the traced model can be swapped in
    s->fast.reset(new Vfast(s->ctx.get(), "top"));
    s->fast->clock = 0;
    set_inputs(s->fast.get(), &s->in);
    s->fast->eval();
    return s;
}

void vsys_delete(Vsys* s) {
    if (!s) return;
    if (s->fst) s->fst->close();
    if (s->fast) s->fast->final();
    if (s->top) s->top->final();
    delete s;
}

void vsys_set_inputs(Vsys* s, const VsysInputs* in) {
    s->in = *in;
    if (s->fast) set_inputs(s->fast.get(), in);
    else set_inputs(s->top.get(), in);
}

void vsys_eval(Vsys* s) {
    if (s->fast) s->fast->eval();
    else s->top->eval();
}

void vsys_tick(Vsys* s) {
    if (s->fast) tick(s, s->fast.get());
    else tick(s, s->top.get());
}

void vsys_get_outputs(const Vsys* s, VsysOutputs* o) {
    if (s->fast) get_outputs(s->fast.get(), o);
    else get_outputs(s->top.get(), o);
}

// Opens an FST wave file; 0 on success, -1 if it cannot be opened, -2 if
// this model was already traced (Verilator attaches a model to one trace).
// Only before the first tick (-3 after): the traced model replaces the
// untraced one from power-up.
int vsys_trace_open(Vsys* s, const char* path) {
    if (s->traced) return -2;
    if (s->time != 0) return -3;
    s->traced = true;
    s->fast->final();
    s->fast.reset();
    s->ctx.reset(new VerilatedContext);  // a fresh context for the new model
    s->ctx->traceEverOn(true);
    s->top.reset(new Vtop(s->ctx.get(), "top"));
    s->top->clock = 0;
    set_inputs(s->top.get(), &s->in);
    s->top->eval();
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
