

module top(clock,reset,mem_latency,ld_we,ld_addr,ld_data,uart_tx_valid,uart_tx_data,uart_txd,finish_valid,finish_data,rt_valid,rt_pc,rt_insn,rt_rd_we,rt_rd,rt_rd_val,rt_sr,rt_mw_valid,rt_mw_addr,rt_mw_size,rt_mw_data,rt_exc_valid,rt_exc_vec,rt_intr,rt_r3,perf_cycles,perf_issued,perf_retired,perf_imiss,perf_dmiss,perf_st_mem,perf_st_ex,perf_st_hazard,perf_st_fetch,perf_br_pred,perf_br_redirect);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] mem_latency;
    input wire  ld_we;
    input wire  [31:0] ld_addr;
    input wire  [31:0] ld_data;
    output reg  uart_tx_valid;
    output reg  [7:0] uart_tx_data;
    output reg  uart_txd;
    output reg  finish_valid;
    output reg  [31:0] finish_data;
    output reg  rt_valid;
    output reg  [31:0] rt_pc;
    output reg  [31:0] rt_insn;
    output reg  rt_rd_we;
    output reg  [4:0] rt_rd;
    output reg  [31:0] rt_rd_val;
    output reg  [31:0] rt_sr;
    output reg  rt_mw_valid;
    output reg  [31:0] rt_mw_addr;
    output reg  [2:0] rt_mw_size;
    output reg  [31:0] rt_mw_data;
    output reg  rt_exc_valid;
    output reg  [31:0] rt_exc_vec;
    output reg  rt_intr;
    output reg  [31:0] rt_r3;
    output reg  [31:0] perf_cycles;
    output reg  [31:0] perf_issued;
    output reg  [31:0] perf_retired;
    output reg  [31:0] perf_imiss;
    output reg  [31:0] perf_dmiss;
    output reg  [31:0] perf_st_mem;
    output reg  [31:0] perf_st_ex;
    output reg  [31:0] perf_st_hazard;
    output reg  [31:0] perf_st_fetch;
    output reg  [31:0] perf_br_pred;
    output reg  [31:0] perf_br_redirect;
    
    // Constant declarations
    localparam  uart_irq_mask = 32'h4;
    
    // Stub signals
    reg  core$clock;
    reg  core$reset;
    wire  [31:0] core$iwb$adr;
    wire  [31:0] core$iwb$dat_w;
    wire  [3:0] core$iwb$sel;
    wire  core$iwb$we;
    wire  core$iwb$cyc;
    wire  core$iwb$stb;
    wire  [2:0] core$iwb$cti;
    wire  [1:0] core$iwb$bte;
    wire  [7:0] core$iwb$tga;
    reg  [31:0] core$iwb$dat_r;
    reg  core$iwb$ack;
    reg  core$iwb$err;
    wire  [31:0] core$dwb$adr;
    wire  [31:0] core$dwb$dat_w;
    wire  [3:0] core$dwb$sel;
    wire  core$dwb$we;
    wire  core$dwb$cyc;
    wire  core$dwb$stb;
    wire  [2:0] core$dwb$cti;
    wire  [1:0] core$dwb$bte;
    wire  [7:0] core$dwb$tga;
    reg  [31:0] core$dwb$dat_r;
    reg  core$dwb$ack;
    reg  core$dwb$err;
    reg  [31:0] core$irq;
    wire  core$rt_valid;
    wire  [31:0] core$rt_pc;
    wire  [31:0] core$rt_insn;
    wire  core$rt_rd_we;
    wire  [4:0] core$rt_rd;
    wire  [31:0] core$rt_rd_val;
    wire  [31:0] core$rt_sr;
    wire  core$rt_mw_valid;
    wire  [31:0] core$rt_mw_addr;
    wire  [2:0] core$rt_mw_size;
    wire  [31:0] core$rt_mw_data;
    wire  core$rt_exc_valid;
    wire  [31:0] core$rt_exc_vec;
    wire  core$rt_intr;
    wire  [31:0] core$rt_r3;
    wire  core$perf$issued;
    wire  core$perf$retired;
    wire  core$perf$imiss;
    wire  core$perf$dmiss;
    wire  core$perf$st_mem;
    wire  core$perf$st_fetch;
    wire  core$perf$st_ex;
    wire  core$perf$st_hazard;
    wire  core$perf$br_pred;
    wire  core$perf$br_redirect;
    wire  core$halted;
    reg  perf$clock;
    reg  perf$reset;
    reg  perf$ev$issued;
    reg  perf$ev$retired;
    reg  perf$ev$imiss;
    reg  perf$ev$dmiss;
    reg  perf$ev$st_mem;
    reg  perf$ev$st_fetch;
    reg  perf$ev$st_ex;
    reg  perf$ev$st_hazard;
    reg  perf$ev$br_pred;
    reg  perf$ev$br_redirect;
    wire  [31:0] perf$cycles;
    wire  [31:0] perf$issued;
    wire  [31:0] perf$retired;
    wire  [31:0] perf$imiss;
    wire  [31:0] perf$dmiss;
    wire  [31:0] perf$st_mem;
    wire  [31:0] perf$st_ex;
    wire  [31:0] perf$st_hazard;
    wire  [31:0] perf$st_fetch;
    wire  [31:0] perf$br_pred;
    wire  [31:0] perf$br_redirect;
    reg  bus$clock;
    reg  bus$reset;
    reg  [31:0] bus$iwb$adr;
    reg  [31:0] bus$iwb$dat_w;
    reg  [3:0] bus$iwb$sel;
    reg  bus$iwb$we;
    reg  bus$iwb$cyc;
    reg  bus$iwb$stb;
    reg  [2:0] bus$iwb$cti;
    reg  [1:0] bus$iwb$bte;
    reg  [7:0] bus$iwb$tga;
    wire  [31:0] bus$iwb$dat_r;
    wire  bus$iwb$ack;
    wire  bus$iwb$err;
    reg  [31:0] bus$dwb$adr;
    reg  [31:0] bus$dwb$dat_w;
    reg  [3:0] bus$dwb$sel;
    reg  bus$dwb$we;
    reg  bus$dwb$cyc;
    reg  bus$dwb$stb;
    reg  [2:0] bus$dwb$cti;
    reg  [1:0] bus$dwb$bte;
    reg  [7:0] bus$dwb$tga;
    wire  [31:0] bus$dwb$dat_r;
    wire  bus$dwb$ack;
    wire  bus$dwb$err;
    wire  [31:0] bus$ram_i$adr;
    wire  [31:0] bus$ram_i$dat_w;
    wire  [3:0] bus$ram_i$sel;
    wire  bus$ram_i$we;
    wire  bus$ram_i$cyc;
    wire  bus$ram_i$stb;
    wire  [2:0] bus$ram_i$cti;
    wire  [1:0] bus$ram_i$bte;
    wire  [7:0] bus$ram_i$tga;
    reg  [31:0] bus$ram_i$dat_r;
    reg  bus$ram_i$ack;
    reg  bus$ram_i$err;
    wire  [31:0] bus$ram_d$adr;
    wire  [31:0] bus$ram_d$dat_w;
    wire  [3:0] bus$ram_d$sel;
    wire  bus$ram_d$we;
    wire  bus$ram_d$cyc;
    wire  bus$ram_d$stb;
    wire  [2:0] bus$ram_d$cti;
    wire  [1:0] bus$ram_d$bte;
    wire  [7:0] bus$ram_d$tga;
    reg  [31:0] bus$ram_d$dat_r;
    reg  bus$ram_d$ack;
    reg  bus$ram_d$err;
    wire  [31:0] bus$uart$adr;
    wire  [31:0] bus$uart$dat_w;
    wire  [3:0] bus$uart$sel;
    wire  bus$uart$we;
    wire  bus$uart$cyc;
    wire  bus$uart$stb;
    wire  [2:0] bus$uart$cti;
    wire  [1:0] bus$uart$bte;
    wire  [7:0] bus$uart$tga;
    reg  [31:0] bus$uart$dat_r;
    reg  bus$uart$ack;
    reg  bus$uart$err;
    wire  [31:0] bus$fin$adr;
    wire  [31:0] bus$fin$dat_w;
    wire  [3:0] bus$fin$sel;
    wire  bus$fin$we;
    wire  bus$fin$cyc;
    wire  bus$fin$stb;
    wire  [2:0] bus$fin$cti;
    wire  [1:0] bus$fin$bte;
    wire  [7:0] bus$fin$tga;
    reg  [31:0] bus$fin$dat_r;
    reg  bus$fin$ack;
    reg  bus$fin$err;
    reg  bus$ld_we;
    reg  [31:0] bus$ld_addr;
    reg  [31:0] bus$ld_data;
    reg  ram$clock;
    reg  ram$reset;
    reg  [7:0] ram$latency;
    reg  [31:0] ram$i$adr;
    reg  [31:0] ram$i$dat_w;
    reg  [3:0] ram$i$sel;
    reg  ram$i$we;
    reg  ram$i$cyc;
    reg  ram$i$stb;
    reg  [2:0] ram$i$cti;
    reg  [1:0] ram$i$bte;
    reg  [7:0] ram$i$tga;
    wire  [31:0] ram$i$dat_r;
    wire  ram$i$ack;
    wire  ram$i$err;
    reg  [31:0] ram$d$adr;
    reg  [31:0] ram$d$dat_w;
    reg  [3:0] ram$d$sel;
    reg  ram$d$we;
    reg  ram$d$cyc;
    reg  ram$d$stb;
    reg  [2:0] ram$d$cti;
    reg  [1:0] ram$d$bte;
    reg  [7:0] ram$d$tga;
    wire  [31:0] ram$d$dat_r;
    wire  ram$d$ack;
    wire  ram$d$err;
    reg  ram$ld_we;
    reg  [31:0] ram$ld_addr;
    reg  [31:0] ram$ld_data;
    reg  uart$clock;
    reg  uart$reset;
    reg  [31:0] uart$wb$adr;
    reg  [31:0] uart$wb$dat_w;
    reg  [3:0] uart$wb$sel;
    reg  uart$wb$we;
    reg  uart$wb$cyc;
    reg  uart$wb$stb;
    reg  [2:0] uart$wb$cti;
    reg  [1:0] uart$wb$bte;
    reg  [7:0] uart$wb$tga;
    wire  [31:0] uart$wb$dat_r;
    wire  uart$wb$ack;
    wire  uart$wb$err;
    wire  uart$irq;
    wire  uart$tx_valid;
    wire  [7:0] uart$tx_data;
    wire  uart$txd;
    reg  finisher$clock;
    reg  finisher$reset;
    reg  [31:0] finisher$wb$adr;
    reg  [31:0] finisher$wb$dat_w;
    reg  [3:0] finisher$wb$sel;
    reg  finisher$wb$we;
    reg  finisher$wb$cyc;
    reg  finisher$wb$stb;
    reg  [2:0] finisher$wb$cti;
    reg  [1:0] finisher$wb$bte;
    reg  [7:0] finisher$wb$tga;
    wire  [31:0] finisher$wb$dat_r;
    wire  finisher$wb$ack;
    wire  finisher$wb$err;
    wire  finisher$finish_valid;
    wire  [31:0] finisher$finish_data;
    reg  run$d;
    wire  run$q;
    reg  run$clock;
    reg  [7:0] mem_latency_q$d;
    wire  [7:0] mem_latency_q$q;
    reg  mem_latency_q$clock;
    reg  ld_we_q$d;
    wire  ld_we_q$q;
    reg  ld_we_q$clock;
    reg  [31:0] ld_addr_q$d;
    wire  [31:0] ld_addr_q$q;
    reg  ld_addr_q$clock;
    reg  [31:0] ld_data_q$d;
    wire  [31:0] ld_data_q$q;
    reg  ld_data_q$clock;
    
    // Sub module instances
    top$core core(
        .clock(core$clock),
        .reset(core$reset),
        .iwb$adr(core$iwb$adr),
        .iwb$dat_w(core$iwb$dat_w),
        .iwb$sel(core$iwb$sel),
        .iwb$we(core$iwb$we),
        .iwb$cyc(core$iwb$cyc),
        .iwb$stb(core$iwb$stb),
        .iwb$cti(core$iwb$cti),
        .iwb$bte(core$iwb$bte),
        .iwb$tga(core$iwb$tga),
        .iwb$dat_r(core$iwb$dat_r),
        .iwb$ack(core$iwb$ack),
        .iwb$err(core$iwb$err),
        .dwb$adr(core$dwb$adr),
        .dwb$dat_w(core$dwb$dat_w),
        .dwb$sel(core$dwb$sel),
        .dwb$we(core$dwb$we),
        .dwb$cyc(core$dwb$cyc),
        .dwb$stb(core$dwb$stb),
        .dwb$cti(core$dwb$cti),
        .dwb$bte(core$dwb$bte),
        .dwb$tga(core$dwb$tga),
        .dwb$dat_r(core$dwb$dat_r),
        .dwb$ack(core$dwb$ack),
        .dwb$err(core$dwb$err),
        .irq(core$irq),
        .rt_valid(core$rt_valid),
        .rt_pc(core$rt_pc),
        .rt_insn(core$rt_insn),
        .rt_rd_we(core$rt_rd_we),
        .rt_rd(core$rt_rd),
        .rt_rd_val(core$rt_rd_val),
        .rt_sr(core$rt_sr),
        .rt_mw_valid(core$rt_mw_valid),
        .rt_mw_addr(core$rt_mw_addr),
        .rt_mw_size(core$rt_mw_size),
        .rt_mw_data(core$rt_mw_data),
        .rt_exc_valid(core$rt_exc_valid),
        .rt_exc_vec(core$rt_exc_vec),
        .rt_intr(core$rt_intr),
        .rt_r3(core$rt_r3),
        .perf$issued(core$perf$issued),
        .perf$retired(core$perf$retired),
        .perf$imiss(core$perf$imiss),
        .perf$dmiss(core$perf$dmiss),
        .perf$st_mem(core$perf$st_mem),
        .perf$st_fetch(core$perf$st_fetch),
        .perf$st_ex(core$perf$st_ex),
        .perf$st_hazard(core$perf$st_hazard),
        .perf$br_pred(core$perf$br_pred),
        .perf$br_redirect(core$perf$br_redirect),
        .halted(core$halted)
    );
    top$perf perf(
        .clock(perf$clock),
        .reset(perf$reset),
        .ev$issued(perf$ev$issued),
        .ev$retired(perf$ev$retired),
        .ev$imiss(perf$ev$imiss),
        .ev$dmiss(perf$ev$dmiss),
        .ev$st_mem(perf$ev$st_mem),
        .ev$st_fetch(perf$ev$st_fetch),
        .ev$st_ex(perf$ev$st_ex),
        .ev$st_hazard(perf$ev$st_hazard),
        .ev$br_pred(perf$ev$br_pred),
        .ev$br_redirect(perf$ev$br_redirect),
        .cycles(perf$cycles),
        .issued(perf$issued),
        .retired(perf$retired),
        .imiss(perf$imiss),
        .dmiss(perf$dmiss),
        .st_mem(perf$st_mem),
        .st_ex(perf$st_ex),
        .st_hazard(perf$st_hazard),
        .st_fetch(perf$st_fetch),
        .br_pred(perf$br_pred),
        .br_redirect(perf$br_redirect)
    );
    top$bus bus(
        .clock(bus$clock),
        .reset(bus$reset),
        .iwb$adr(bus$iwb$adr),
        .iwb$dat_w(bus$iwb$dat_w),
        .iwb$sel(bus$iwb$sel),
        .iwb$we(bus$iwb$we),
        .iwb$cyc(bus$iwb$cyc),
        .iwb$stb(bus$iwb$stb),
        .iwb$cti(bus$iwb$cti),
        .iwb$bte(bus$iwb$bte),
        .iwb$tga(bus$iwb$tga),
        .iwb$dat_r(bus$iwb$dat_r),
        .iwb$ack(bus$iwb$ack),
        .iwb$err(bus$iwb$err),
        .dwb$adr(bus$dwb$adr),
        .dwb$dat_w(bus$dwb$dat_w),
        .dwb$sel(bus$dwb$sel),
        .dwb$we(bus$dwb$we),
        .dwb$cyc(bus$dwb$cyc),
        .dwb$stb(bus$dwb$stb),
        .dwb$cti(bus$dwb$cti),
        .dwb$bte(bus$dwb$bte),
        .dwb$tga(bus$dwb$tga),
        .dwb$dat_r(bus$dwb$dat_r),
        .dwb$ack(bus$dwb$ack),
        .dwb$err(bus$dwb$err),
        .ram_i$adr(bus$ram_i$adr),
        .ram_i$dat_w(bus$ram_i$dat_w),
        .ram_i$sel(bus$ram_i$sel),
        .ram_i$we(bus$ram_i$we),
        .ram_i$cyc(bus$ram_i$cyc),
        .ram_i$stb(bus$ram_i$stb),
        .ram_i$cti(bus$ram_i$cti),
        .ram_i$bte(bus$ram_i$bte),
        .ram_i$tga(bus$ram_i$tga),
        .ram_i$dat_r(bus$ram_i$dat_r),
        .ram_i$ack(bus$ram_i$ack),
        .ram_i$err(bus$ram_i$err),
        .ram_d$adr(bus$ram_d$adr),
        .ram_d$dat_w(bus$ram_d$dat_w),
        .ram_d$sel(bus$ram_d$sel),
        .ram_d$we(bus$ram_d$we),
        .ram_d$cyc(bus$ram_d$cyc),
        .ram_d$stb(bus$ram_d$stb),
        .ram_d$cti(bus$ram_d$cti),
        .ram_d$bte(bus$ram_d$bte),
        .ram_d$tga(bus$ram_d$tga),
        .ram_d$dat_r(bus$ram_d$dat_r),
        .ram_d$ack(bus$ram_d$ack),
        .ram_d$err(bus$ram_d$err),
        .uart$adr(bus$uart$adr),
        .uart$dat_w(bus$uart$dat_w),
        .uart$sel(bus$uart$sel),
        .uart$we(bus$uart$we),
        .uart$cyc(bus$uart$cyc),
        .uart$stb(bus$uart$stb),
        .uart$cti(bus$uart$cti),
        .uart$bte(bus$uart$bte),
        .uart$tga(bus$uart$tga),
        .uart$dat_r(bus$uart$dat_r),
        .uart$ack(bus$uart$ack),
        .uart$err(bus$uart$err),
        .fin$adr(bus$fin$adr),
        .fin$dat_w(bus$fin$dat_w),
        .fin$sel(bus$fin$sel),
        .fin$we(bus$fin$we),
        .fin$cyc(bus$fin$cyc),
        .fin$stb(bus$fin$stb),
        .fin$cti(bus$fin$cti),
        .fin$bte(bus$fin$bte),
        .fin$tga(bus$fin$tga),
        .fin$dat_r(bus$fin$dat_r),
        .fin$ack(bus$fin$ack),
        .fin$err(bus$fin$err),
        .ld_we(bus$ld_we),
        .ld_addr(bus$ld_addr),
        .ld_data(bus$ld_data)
    );
    top$ram ram(
        .clock(ram$clock),
        .reset(ram$reset),
        .latency(ram$latency),
        .i$adr(ram$i$adr),
        .i$dat_w(ram$i$dat_w),
        .i$sel(ram$i$sel),
        .i$we(ram$i$we),
        .i$cyc(ram$i$cyc),
        .i$stb(ram$i$stb),
        .i$cti(ram$i$cti),
        .i$bte(ram$i$bte),
        .i$tga(ram$i$tga),
        .i$dat_r(ram$i$dat_r),
        .i$ack(ram$i$ack),
        .i$err(ram$i$err),
        .d$adr(ram$d$adr),
        .d$dat_w(ram$d$dat_w),
        .d$sel(ram$d$sel),
        .d$we(ram$d$we),
        .d$cyc(ram$d$cyc),
        .d$stb(ram$d$stb),
        .d$cti(ram$d$cti),
        .d$bte(ram$d$bte),
        .d$tga(ram$d$tga),
        .d$dat_r(ram$d$dat_r),
        .d$ack(ram$d$ack),
        .d$err(ram$d$err),
        .ld_we(ram$ld_we),
        .ld_addr(ram$ld_addr),
        .ld_data(ram$ld_data)
    );
    top$uart uart(
        .clock(uart$clock),
        .reset(uart$reset),
        .wb$adr(uart$wb$adr),
        .wb$dat_w(uart$wb$dat_w),
        .wb$sel(uart$wb$sel),
        .wb$we(uart$wb$we),
        .wb$cyc(uart$wb$cyc),
        .wb$stb(uart$wb$stb),
        .wb$cti(uart$wb$cti),
        .wb$bte(uart$wb$bte),
        .wb$tga(uart$wb$tga),
        .wb$dat_r(uart$wb$dat_r),
        .wb$ack(uart$wb$ack),
        .wb$err(uart$wb$err),
        .irq(uart$irq),
        .tx_valid(uart$tx_valid),
        .tx_data(uart$tx_data),
        .txd(uart$txd)
    );
    top$finisher finisher(
        .clock(finisher$clock),
        .reset(finisher$reset),
        .wb$adr(finisher$wb$adr),
        .wb$dat_w(finisher$wb$dat_w),
        .wb$sel(finisher$wb$sel),
        .wb$we(finisher$wb$we),
        .wb$cyc(finisher$wb$cyc),
        .wb$stb(finisher$wb$stb),
        .wb$cti(finisher$wb$cti),
        .wb$bte(finisher$wb$bte),
        .wb$tga(finisher$wb$tga),
        .wb$dat_r(finisher$wb$dat_r),
        .wb$ack(finisher$wb$ack),
        .wb$err(finisher$wb$err),
        .finish_valid(finisher$finish_valid),
        .finish_data(finisher$finish_data)
    );
    top$run run(
        .d(run$d),
        .q(run$q),
        .clock(run$clock)
    );
    top$mem_latency_q mem_latency_q(
        .d(mem_latency_q$d),
        .q(mem_latency_q$q),
        .clock(mem_latency_q$clock)
    );
    top$ld_we_q ld_we_q(
        .d(ld_we_q$d),
        .q(ld_we_q$q),
        .clock(ld_we_q$clock)
    );
    top$ld_addr_q ld_addr_q(
        .d(ld_addr_q$d),
        .q(ld_addr_q$q),
        .clock(ld_addr_q$clock)
    );
    top$ld_data_q ld_data_q(
        .d(ld_data_q$d),
        .q(ld_data_q$q),
        .clock(ld_data_q$clock)
    );
    
    // Update code
    always @(*) begin
        core$clock = clock;
        perf$clock = clock;
        bus$clock = clock;
        ram$clock = clock;
        uart$clock = clock;
        finisher$clock = clock;
        run$clock = clock;
        mem_latency_q$clock = clock;
        ld_we_q$clock = clock;
        ld_addr_q$clock = clock;
        ld_data_q$clock = clock;
        run$d = run$q;
        mem_latency_q$d = mem_latency_q$q;
        ld_we_q$d = ld_we_q$q;
        ld_addr_q$d = ld_addr_q$q;
        ld_data_q$d = ld_data_q$q;
        run$d = ~reset;
        mem_latency_q$d = mem_latency;
        ld_we_q$d = ld_we;
        ld_addr_q$d = ld_addr;
        ld_data_q$d = ld_data;
        core$reset = ~run$q;
        bus$reset = ~run$q;
        ram$reset = ~run$q;
        uart$reset = ~run$q;
        finisher$reset = ~run$q;
        perf$reset = ~run$q;
        ram$latency = mem_latency_q$q;
        ram$ld_we = ld_we_q$q;
        ram$ld_addr = ld_addr_q$q;
        ram$ld_data = ld_data_q$q;
        bus$ld_we = ld_we_q$q;
        bus$ld_addr = ld_addr_q$q;
        bus$ld_data = ld_data_q$q;
        core$irq = 32'h0;
        if (uart$irq) begin
            core$irq = uart_irq_mask;
        end
        uart_tx_valid = uart$tx_valid;
        uart_tx_data = uart$tx_data;
        uart_txd = uart$txd;
        finish_valid = finisher$finish_valid;
        finish_data = finisher$finish_data;
        rt_valid = core$rt_valid;
        rt_pc = core$rt_pc;
        rt_insn = core$rt_insn;
        rt_rd_we = core$rt_rd_we;
        rt_rd = core$rt_rd;
        rt_rd_val = core$rt_rd_val;
        rt_sr = core$rt_sr;
        rt_mw_valid = core$rt_mw_valid;
        rt_mw_addr = core$rt_mw_addr;
        rt_mw_size = core$rt_mw_size;
        rt_mw_data = core$rt_mw_data;
        rt_exc_valid = core$rt_exc_valid;
        rt_exc_vec = core$rt_exc_vec;
        rt_intr = core$rt_intr;
        rt_r3 = core$rt_r3;
        perf_cycles = perf$cycles;
        perf_issued = perf$issued;
        perf_retired = perf$retired;
        perf_imiss = perf$imiss;
        perf_dmiss = perf$dmiss;
        perf_st_mem = perf$st_mem;
        perf_st_ex = perf$st_ex;
        perf_st_hazard = perf$st_hazard;
        perf_st_fetch = perf$st_fetch;
        perf_br_pred = perf$br_pred;
        perf_br_redirect = perf$br_redirect;
    end
    
    always @(*) perf$ev$issued = core$perf$issued;
    always @(*) perf$ev$retired = core$perf$retired;
    always @(*) perf$ev$imiss = core$perf$imiss;
    always @(*) perf$ev$dmiss = core$perf$dmiss;
    always @(*) perf$ev$st_mem = core$perf$st_mem;
    always @(*) perf$ev$st_fetch = core$perf$st_fetch;
    always @(*) perf$ev$st_ex = core$perf$st_ex;
    always @(*) perf$ev$st_hazard = core$perf$st_hazard;
    always @(*) perf$ev$br_pred = core$perf$br_pred;
    always @(*) perf$ev$br_redirect = core$perf$br_redirect;
    always @(*) bus$iwb$adr = core$iwb$adr;
    always @(*) bus$iwb$dat_w = core$iwb$dat_w;
    always @(*) bus$iwb$sel = core$iwb$sel;
    always @(*) bus$iwb$we = core$iwb$we;
    always @(*) bus$iwb$cyc = core$iwb$cyc;
    always @(*) bus$iwb$stb = core$iwb$stb;
    always @(*) bus$iwb$cti = core$iwb$cti;
    always @(*) bus$iwb$bte = core$iwb$bte;
    always @(*) bus$iwb$tga = core$iwb$tga;
    always @(*) core$iwb$dat_r = bus$iwb$dat_r;
    always @(*) core$iwb$ack = bus$iwb$ack;
    always @(*) core$iwb$err = bus$iwb$err;
    always @(*) ram$i$adr = bus$ram_i$adr;
    always @(*) ram$i$dat_w = bus$ram_i$dat_w;
    always @(*) ram$i$sel = bus$ram_i$sel;
    always @(*) ram$i$we = bus$ram_i$we;
    always @(*) ram$i$cyc = bus$ram_i$cyc;
    always @(*) ram$i$stb = bus$ram_i$stb;
    always @(*) ram$i$cti = bus$ram_i$cti;
    always @(*) ram$i$bte = bus$ram_i$bte;
    always @(*) ram$i$tga = bus$ram_i$tga;
    always @(*) bus$ram_i$dat_r = ram$i$dat_r;
    always @(*) bus$ram_i$ack = ram$i$ack;
    always @(*) bus$ram_i$err = ram$i$err;
    always @(*) bus$dwb$adr = core$dwb$adr;
    always @(*) bus$dwb$dat_w = core$dwb$dat_w;
    always @(*) bus$dwb$sel = core$dwb$sel;
    always @(*) bus$dwb$we = core$dwb$we;
    always @(*) bus$dwb$cyc = core$dwb$cyc;
    always @(*) bus$dwb$stb = core$dwb$stb;
    always @(*) bus$dwb$cti = core$dwb$cti;
    always @(*) bus$dwb$bte = core$dwb$bte;
    always @(*) bus$dwb$tga = core$dwb$tga;
    always @(*) core$dwb$dat_r = bus$dwb$dat_r;
    always @(*) core$dwb$ack = bus$dwb$ack;
    always @(*) core$dwb$err = bus$dwb$err;
    always @(*) ram$d$adr = bus$ram_d$adr;
    always @(*) ram$d$dat_w = bus$ram_d$dat_w;
    always @(*) ram$d$sel = bus$ram_d$sel;
    always @(*) ram$d$we = bus$ram_d$we;
    always @(*) ram$d$cyc = bus$ram_d$cyc;
    always @(*) ram$d$stb = bus$ram_d$stb;
    always @(*) ram$d$cti = bus$ram_d$cti;
    always @(*) ram$d$bte = bus$ram_d$bte;
    always @(*) ram$d$tga = bus$ram_d$tga;
    always @(*) bus$ram_d$dat_r = ram$d$dat_r;
    always @(*) bus$ram_d$ack = ram$d$ack;
    always @(*) bus$ram_d$err = ram$d$err;
    always @(*) uart$wb$adr = bus$uart$adr;
    always @(*) uart$wb$dat_w = bus$uart$dat_w;
    always @(*) uart$wb$sel = bus$uart$sel;
    always @(*) uart$wb$we = bus$uart$we;
    always @(*) uart$wb$cyc = bus$uart$cyc;
    always @(*) uart$wb$stb = bus$uart$stb;
    always @(*) uart$wb$cti = bus$uart$cti;
    always @(*) uart$wb$bte = bus$uart$bte;
    always @(*) uart$wb$tga = bus$uart$tga;
    always @(*) bus$uart$dat_r = uart$wb$dat_r;
    always @(*) bus$uart$ack = uart$wb$ack;
    always @(*) bus$uart$err = uart$wb$err;
    always @(*) finisher$wb$adr = bus$fin$adr;
    always @(*) finisher$wb$dat_w = bus$fin$dat_w;
    always @(*) finisher$wb$sel = bus$fin$sel;
    always @(*) finisher$wb$we = bus$fin$we;
    always @(*) finisher$wb$cyc = bus$fin$cyc;
    always @(*) finisher$wb$stb = bus$fin$stb;
    always @(*) finisher$wb$cti = bus$fin$cti;
    always @(*) finisher$wb$bte = bus$fin$bte;
    always @(*) finisher$wb$tga = bus$fin$tga;
    always @(*) bus$fin$dat_r = finisher$wb$dat_r;
    always @(*) bus$fin$ack = finisher$wb$ack;
    always @(*) bus$fin$err = finisher$wb$err;
endmodule // top


module top$bus(clock,reset,iwb$adr,iwb$dat_w,iwb$sel,iwb$we,iwb$cyc,iwb$stb,iwb$cti,iwb$bte,iwb$tga,iwb$dat_r,iwb$ack,iwb$err,dwb$adr,dwb$dat_w,dwb$sel,dwb$we,dwb$cyc,dwb$stb,dwb$cti,dwb$bte,dwb$tga,dwb$dat_r,dwb$ack,dwb$err,ram_i$adr,ram_i$dat_w,ram_i$sel,ram_i$we,ram_i$cyc,ram_i$stb,ram_i$cti,ram_i$bte,ram_i$tga,ram_i$dat_r,ram_i$ack,ram_i$err,ram_d$adr,ram_d$dat_w,ram_d$sel,ram_d$we,ram_d$cyc,ram_d$stb,ram_d$cti,ram_d$bte,ram_d$tga,ram_d$dat_r,ram_d$ack,ram_d$err,uart$adr,uart$dat_w,uart$sel,uart$we,uart$cyc,uart$stb,uart$cti,uart$bte,uart$tga,uart$dat_r,uart$ack,uart$err,fin$adr,fin$dat_w,fin$sel,fin$we,fin$cyc,fin$stb,fin$cti,fin$bte,fin$tga,fin$dat_r,fin$ack,fin$err,ld_we,ld_addr,ld_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] iwb$adr;
    input wire  [31:0] iwb$dat_w;
    input wire  [3:0] iwb$sel;
    input wire  iwb$we;
    input wire  iwb$cyc;
    input wire  iwb$stb;
    input wire  [2:0] iwb$cti;
    input wire  [1:0] iwb$bte;
    input wire  [7:0] iwb$tga;
    output reg  [31:0] iwb$dat_r;
    output reg  iwb$ack;
    output reg  iwb$err;
    input wire  [31:0] dwb$adr;
    input wire  [31:0] dwb$dat_w;
    input wire  [3:0] dwb$sel;
    input wire  dwb$we;
    input wire  dwb$cyc;
    input wire  dwb$stb;
    input wire  [2:0] dwb$cti;
    input wire  [1:0] dwb$bte;
    input wire  [7:0] dwb$tga;
    output reg  [31:0] dwb$dat_r;
    output reg  dwb$ack;
    output reg  dwb$err;
    output reg  [31:0] ram_i$adr;
    output reg  [31:0] ram_i$dat_w;
    output reg  [3:0] ram_i$sel;
    output reg  ram_i$we;
    output reg  ram_i$cyc;
    output reg  ram_i$stb;
    output reg  [2:0] ram_i$cti;
    output reg  [1:0] ram_i$bte;
    output reg  [7:0] ram_i$tga;
    input wire  [31:0] ram_i$dat_r;
    input wire  ram_i$ack;
    input wire  ram_i$err;
    output reg  [31:0] ram_d$adr;
    output reg  [31:0] ram_d$dat_w;
    output reg  [3:0] ram_d$sel;
    output reg  ram_d$we;
    output reg  ram_d$cyc;
    output reg  ram_d$stb;
    output reg  [2:0] ram_d$cti;
    output reg  [1:0] ram_d$bte;
    output reg  [7:0] ram_d$tga;
    input wire  [31:0] ram_d$dat_r;
    input wire  ram_d$ack;
    input wire  ram_d$err;
    output reg  [31:0] uart$adr;
    output reg  [31:0] uart$dat_w;
    output reg  [3:0] uart$sel;
    output reg  uart$we;
    output reg  uart$cyc;
    output reg  uart$stb;
    output reg  [2:0] uart$cti;
    output reg  [1:0] uart$bte;
    output reg  [7:0] uart$tga;
    input wire  [31:0] uart$dat_r;
    input wire  uart$ack;
    input wire  uart$err;
    output reg  [31:0] fin$adr;
    output reg  [31:0] fin$dat_w;
    output reg  [3:0] fin$sel;
    output reg  fin$we;
    output reg  fin$cyc;
    output reg  fin$stb;
    output reg  [2:0] fin$cti;
    output reg  [1:0] fin$bte;
    output reg  [7:0] fin$tga;
    input wire  [31:0] fin$dat_r;
    input wire  fin$ack;
    input wire  fin$err;
    input wire  ld_we;
    input wire  [31:0] ld_addr;
    input wire  [31:0] ld_data;
    
    // Constant declarations
    localparam  ram_base = 32'h0;
    localparam  ram_mask = 32'hfc000000;
    localparam  ram_alias = 32'h80000000;
    localparam  uart_base = 32'h90000000;
    localparam  uart_mask = 32'hfffffff8;
    localparam  fin_base = 32'h96000000;
    localparam  fin_mask = 32'hfffff000;
    localparam  size_at_run_time = 1'b1;
    localparam  ld_size_addr = 32'hfffffffc;
    
    // Stub signals
    reg  [31:0] ram_limit$d;
    wire  [31:0] ram_limit$q;
    reg  ram_limit$clock;
    reg  i_err_q$d;
    wire  i_err_q$q;
    reg  i_err_q$clock;
    reg  d_err_q$d;
    wire  d_err_q$q;
    reg  d_err_q$clock;
    
    // Local signals
    reg  ram_lim;
    reg  i_ram;
    reg  i_bad;
    reg  d_ram;
    reg  d_uart;
    reg  d_fin;
    reg  d_bad;
    
    // Sub module instances
    top$bus$ram_limit ram_limit(
        .d(ram_limit$d),
        .q(ram_limit$q),
        .clock(ram_limit$clock)
    );
    top$bus$i_err_q i_err_q(
        .d(i_err_q$d),
        .q(i_err_q$q),
        .clock(i_err_q$clock)
    );
    top$bus$d_err_q d_err_q(
        .d(d_err_q$d),
        .q(d_err_q$q),
        .clock(d_err_q$clock)
    );
    
    // Update code
    always @(*) begin
        i_err_q$clock = clock;
        d_err_q$clock = clock;
        ram_limit$clock = clock;
        i_err_q$d = i_err_q$q;
        d_err_q$d = d_err_q$q;
        ram_limit$d = ram_limit$q;
        ram_lim = size_at_run_time & |ram_limit$q;
        if (size_at_run_time & reset & ld_we & (ld_addr == ld_size_addr)) begin
            ram_limit$d = ld_data;
        end
        i_ram = ((iwb$adr & ram_mask) == ram_base) | ((iwb$adr & ram_mask) == ram_alias);
        if (ram_lim & ((iwb$adr & ~ram_mask) >= ram_limit$q)) begin
            i_ram = 1'b0;
        end
        ram_i$adr = iwb$adr;
        ram_i$dat_w = iwb$dat_w;
        ram_i$sel = iwb$sel;
        ram_i$we = iwb$we;
        ram_i$cyc = iwb$cyc;
        ram_i$cti = iwb$cti;
        ram_i$bte = iwb$bte;
        ram_i$tga = iwb$tga;
        ram_i$stb = iwb$stb & i_ram & (~iwb$we);
        i_bad = iwb$cyc & iwb$stb & ((~i_ram) | iwb$we);
        iwb$err = (i_err_q$q & i_bad) | ram_i$err;
        i_err_q$d = i_bad & (~i_err_q$q);
        iwb$ack = ram_i$ack;
        iwb$dat_r = ram_i$dat_r;
        d_ram = ((dwb$adr & ram_mask) == ram_base) | ((dwb$adr & ram_mask) == ram_alias);
        if (ram_lim & ((dwb$adr & ~ram_mask) >= ram_limit$q)) begin
            d_ram = 1'b0;
        end
        d_uart = (dwb$adr & uart_mask) == uart_base;
        d_fin = (dwb$adr & fin_mask) == fin_base;
        ram_d$adr = dwb$adr;
        ram_d$dat_w = dwb$dat_w;
        ram_d$sel = dwb$sel;
        ram_d$we = dwb$we;
        ram_d$cyc = dwb$cyc;
        if (ram_lim & ((dwb$adr & ~ram_mask) >= ram_limit$q)) begin
            ram_d$cyc = 1'b0;
        end
        ram_d$cti = dwb$cti;
        ram_d$bte = dwb$bte;
        ram_d$tga = dwb$tga;
        uart$adr = dwb$adr;
        uart$dat_w = dwb$dat_w;
        uart$sel = dwb$sel;
        uart$we = dwb$we;
        uart$cyc = dwb$cyc;
        uart$cti = dwb$cti;
        uart$bte = dwb$bte;
        uart$tga = dwb$tga;
        fin$adr = dwb$adr;
        fin$dat_w = dwb$dat_w;
        fin$sel = dwb$sel;
        fin$we = dwb$we;
        fin$cyc = dwb$cyc;
        fin$cti = dwb$cti;
        fin$bte = dwb$bte;
        fin$tga = dwb$tga;
        ram_d$stb = dwb$stb & d_ram;
        uart$stb = dwb$stb & d_uart;
        fin$stb = dwb$stb & d_fin;
        d_bad = dwb$cyc & dwb$stb & (~(d_ram | d_uart | d_fin));
        dwb$err = (d_err_q$q & dwb$cyc) | ram_d$err | uart$err | fin$err;
        d_err_q$d = d_bad & (~d_err_q$q);
        dwb$ack = ram_d$ack | uart$ack | fin$ack;
        dwb$dat_r = fin$dat_r;
        if (d_ram) begin
            dwb$dat_r = ram_d$dat_r;
        end
        else if (d_uart) begin
            dwb$dat_r = uart$dat_r;
        end
        if (reset) begin
            i_err_q$d = 1'b0;
            d_err_q$d = 1'b0;
            iwb$err = 1'b0;
            dwb$err = 1'b0;
        end
    end
    
endmodule // top$bus


module top$bus$d_err_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$bus$d_err_q


module top$bus$i_err_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$bus$i_err_q


module top$bus$ram_limit(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$bus$ram_limit


module top$core(clock,reset,iwb$adr,iwb$dat_w,iwb$sel,iwb$we,iwb$cyc,iwb$stb,iwb$cti,iwb$bte,iwb$tga,iwb$dat_r,iwb$ack,iwb$err,dwb$adr,dwb$dat_w,dwb$sel,dwb$we,dwb$cyc,dwb$stb,dwb$cti,dwb$bte,dwb$tga,dwb$dat_r,dwb$ack,dwb$err,irq,rt_valid,rt_pc,rt_insn,rt_rd_we,rt_rd,rt_rd_val,rt_sr,rt_mw_valid,rt_mw_addr,rt_mw_size,rt_mw_data,rt_exc_valid,rt_exc_vec,rt_intr,rt_r3,perf$issued,perf$retired,perf$imiss,perf$dmiss,perf$st_mem,perf$st_fetch,perf$st_ex,perf$st_hazard,perf$br_pred,perf$br_redirect,halted);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    output wire  [31:0] iwb$adr;
    output wire  [31:0] iwb$dat_w;
    output wire  [3:0] iwb$sel;
    output wire  iwb$we;
    output wire  iwb$cyc;
    output wire  iwb$stb;
    output wire  [2:0] iwb$cti;
    output wire  [1:0] iwb$bte;
    output wire  [7:0] iwb$tga;
    input wire  [31:0] iwb$dat_r;
    input wire  iwb$ack;
    input wire  iwb$err;
    output wire  [31:0] dwb$adr;
    output wire  [31:0] dwb$dat_w;
    output wire  [3:0] dwb$sel;
    output wire  dwb$we;
    output wire  dwb$cyc;
    output wire  dwb$stb;
    output wire  [2:0] dwb$cti;
    output wire  [1:0] dwb$bte;
    output wire  [7:0] dwb$tga;
    input wire  [31:0] dwb$dat_r;
    input wire  dwb$ack;
    input wire  dwb$err;
    input wire  [31:0] irq;
    output reg  rt_valid;
    output reg  [31:0] rt_pc;
    output reg  [31:0] rt_insn;
    output reg  rt_rd_we;
    output reg  [4:0] rt_rd;
    output reg  [31:0] rt_rd_val;
    output reg  [31:0] rt_sr;
    output reg  rt_mw_valid;
    output reg  [31:0] rt_mw_addr;
    output reg  [2:0] rt_mw_size;
    output reg  [31:0] rt_mw_data;
    output reg  rt_exc_valid;
    output reg  [31:0] rt_exc_vec;
    output reg  rt_intr;
    output reg  [31:0] rt_r3;
    output reg  perf$issued;
    output reg  perf$retired;
    output reg  perf$imiss;
    output reg  perf$dmiss;
    output reg  perf$st_mem;
    output reg  perf$st_fetch;
    output reg  perf$st_ex;
    output reg  perf$st_hazard;
    output reg  perf$br_pred;
    output reg  perf$br_redirect;
    output reg  halted;
    
    // Constant declarations
    localparam  k_vec_bus = 32'h200;
    localparam  k_vec_align = 32'h600;
    localparam  k_vec_illegal = 32'h700;
    localparam  k_vec_itlb = 32'ha00;
    localparam  k_vec_ipf = 32'h400;
    localparam  k_vec_range = 32'hb00;
    localparam  k_vec_sys = 32'hc00;
    localparam  k_vec_trap = 32'he00;
    localparam  k_spr_gpr0 = 32'h400;
    localparam  k_gpr_mask = 32'hffffffe0;
    localparam  k_uncached = 32'h80000000;
    localparam  k_vec_vmexit = 32'hf00;
    localparam  k_nop_hi = 8'h15;
    localparam  k_nop_exit = 16'h1;
    localparam  k_spr_dcbir = 32'h1803;
    localparam  k_spr_dcbfr = 32'h1802;
    
    // Enums
    localparam AluFn$Add = 0;
    localparam AluFn$Addc = 1;
    localparam AluFn$Sub = 2;
    localparam AluFn$And = 3;
    localparam AluFn$Or = 4;
    localparam AluFn$Xor = 5;
    localparam AluFn$Sll = 6;
    localparam AluFn$Srl = 7;
    localparam AluFn$Sra = 8;
    localparam AluFn$Ror = 9;
    localparam AluFn$Exths = 10;
    localparam AluFn$Extbs = 11;
    localparam AluFn$Exthz = 12;
    localparam AluFn$Extbz = 13;
    localparam AluFn$PassA = 14;
    localparam AluFn$PassB = 15;
    localparam AluFn$Cmov = 16;
    localparam AluFn$Ff1 = 17;
    localparam AluFn$Fl1 = 18;
    
    // Stub signals
    reg  fetch$clock;
    reg  fetch$reset;
    reg  [7:0] fetch$origin;
    wire  [31:0] fetch$iwb$adr;
    wire  [31:0] fetch$iwb$dat_w;
    wire  [3:0] fetch$iwb$sel;
    wire  fetch$iwb$we;
    wire  fetch$iwb$cyc;
    wire  fetch$iwb$stb;
    wire  [2:0] fetch$iwb$cti;
    wire  [1:0] fetch$iwb$bte;
    wire  [7:0] fetch$iwb$tga;
    reg  [31:0] fetch$iwb$dat_r;
    reg  fetch$iwb$ack;
    reg  fetch$iwb$err;
    reg  fetch$redirect;
    reg  [31:0] fetch$redirect_pc;
    reg  fetch$flush_id;
    reg  fetch$hold;
    reg  fetch$id_advance;
    reg  fetch$pred;
    reg  [31:0] fetch$pred_pc;
    wire  fetch$id_valid;
    wire  [31:0] fetch$id_pc;
    wire  [31:0] fetch$id_insn;
    wire  fetch$id_fault;
    wire  [31:0] fetch$id_fault_vec;
    wire  [31:0] fetch$id_fault_pa;
    reg  [31:0] fetch$fault_pa;
    reg  fetch$immu$ready;
    reg  fetch$immu$hit;
    reg  fetch$immu$allowed;
    reg  [31:0] fetch$immu$paddr;
    reg  fetch$immu$ci;
    reg  fetch$immu$fault;
    reg  [31:0] fetch$immu$fault_vec;
    wire  [31:0] fetch$pc_next;
    reg  fetch$cached;
    wire  fetch$ic_redirect;
    wire  [31:0] fetch$ic_redirect_adr;
    wire  fetch$ic_jump;
    wire  [31:0] fetch$ic_jump_adr;
    reg  rf$clock;
    reg  [4:0] rf$ra_addr;
    reg  [4:0] rf$rb_addr;
    wire  [31:0] rf$ra_data;
    wire  [31:0] rf$rb_data;
    reg  rf$we;
    reg  [4:0] rf$waddr;
    reg  [31:0] rf$wdata;
    reg  [31:0] id_dec$insn;
    wire  id_dec$illegal;
    wire  id_dec$rd_we;
    wire  id_dec$link;
    wire  [4:0] id_dec$ra;
    wire  id_dec$uses_ra;
    wire  [4:0] id_dec$rb;
    wire  id_dec$uses_rb;
    wire  id_dec$use_imm;
    wire  [31:0] id_dec$imm;
    wire  [4:0] id_dec$alu_fn;
    wire  id_dec$alu_flags;
    wire  id_dec$branch;
    wire  id_dec$br_reg;
    wire  id_dec$br_if_f;
    wire  id_dec$br_if_nf;
    wire  [31:0] id_dec$br_off;
    wire  id_dec$load;
    wire  id_dec$store;
    wire  [2:0] id_dec$size;
    wire  id_dec$load_signed;
    wire  id_dec$lwa;
    wire  id_dec$swa;
    wire  id_dec$mul;
    wire  id_dec$mulu;
    wire  id_dec$div;
    wire  id_dec$divu;
    wire  id_dec$mac;
    wire  id_dec$msb;
    wire  id_dec$macrc;
    wire  id_dec$sf;
    wire  id_dec$sf_eq;
    wire  id_dec$sf_ne;
    wire  id_dec$sf_gt;
    wire  id_dec$sf_ge;
    wire  id_dec$sf_lt;
    wire  id_dec$sf_le;
    wire  id_dec$sf_signed;
    wire  id_dec$mfspr;
    wire  id_dec$mtspr;
    wire  id_dec$rfe;
    wire  id_dec$sys;
    wire  id_dec$trap;
    wire  id_dec$nop;
    wire  id_dec$smc;
    wire  id_dec$vmcall;
    wire  id_dec$vmenter;
    reg  exu$clock;
    reg  [31:0] exu$insn;
    reg  exu$ok;
    reg  [31:0] exu$pc;
    reg  [31:0] exu$a;
    reg  [31:0] exu$b;
    reg  exu$ds;
    reg  [31:0] exu$br_next;
    reg  [5:0] exu$cyc;
    reg  exu$ds_ready;
    reg  exu$sr_f;
    reg  exu$sr_cy;
    reg  exu$sr_ove;
    reg  exu$mac_ov;
    reg  [31:0] exu$mac_lo;
    wire  [4:0] exu$rd;
    wire  exu$wr;
    wire  [31:0] exu$result;
    wire  exu$res_ok;
    wire  exu$busy;
    wire  exu$branch;
    wire  exu$taken;
    wire  [31:0] exu$target;
    wire  [31:0] exu$npc;
    wire  [31:0] exu$ea;
    wire  exu$misaligned;
    wire  exu$jmisaligned;
    wire  exu$range;
    wire  exu$f_we;
    wire  exu$f;
    wire  exu$cy_we;
    wire  exu$cy;
    wire  exu$ov_we;
    wire  exu$ov;
    wire  exu$acc_we;
    wire  exu$acc_clr;
    wire  [63:0] exu$prod;
    wire  exu$msb;
    reg  mac$clock;
    reg  mac$reset;
    reg  [63:0] mac$prod;
    reg  mac$msb;
    reg  mac$acc_we;
    reg  mac$clr;
    reg  mac$load;
    reg  [31:0] mac$load_lo;
    reg  [31:0] mac$load_hi;
    wire  [31:0] mac$hi;
    wire  mac$ov;
    wire  [31:0] mac$lo;
    reg  [31:0] mac$spr$addr;
    reg  [31:0] mac$spr$wdata;
    reg  mac$spr$rreq;
    reg  mac$spr$wreq;
    reg  mac$spr$we;
    wire  [31:0] mac$spr$rdata;
    wire  mac$spr$hit;
    wire  mac$spr$busy;
    reg  lsu$req;
    reg  lsu$we;
    reg  [31:0] lsu$addr;
    reg  [2:0] lsu$size;
    reg  lsu$sgn;
    reg  [31:0] lsu$wdata;
    wire  [31:0] lsu$rdata;
    wire  [31:0] lsu$rword;
    wire  lsu$done;
    wire  lsu$err;
    reg  [31:0] lsu$fwd_word;
    wire  [31:0] lsu$fwd_data;
    reg  [7:0] lsu$origin;
    wire  [31:0] lsu$dwb$adr;
    wire  [31:0] lsu$dwb$dat_w;
    wire  [3:0] lsu$dwb$sel;
    wire  lsu$dwb$we;
    wire  lsu$dwb$cyc;
    wire  lsu$dwb$stb;
    wire  [2:0] lsu$dwb$cti;
    wire  [1:0] lsu$dwb$bte;
    wire  [7:0] lsu$dwb$tga;
    reg  [31:0] lsu$dwb$dat_r;
    reg  lsu$dwb$ack;
    reg  lsu$dwb$err;
    reg  tick$clock;
    reg  tick$reset;
    reg  [31:0] tick$spr$addr;
    reg  [31:0] tick$spr$wdata;
    reg  tick$spr$rreq;
    reg  tick$spr$wreq;
    reg  tick$spr$we;
    wire  [31:0] tick$spr$rdata;
    wire  tick$spr$hit;
    wire  tick$spr$busy;
    wire  tick$irq;
    reg  tick$count;
    reg  tick$load;
    reg  [31:0] tick$load_ttmr;
    reg  [31:0] tick$load_ttcr;
    wire  [31:0] tick$ttmr;
    wire  [31:0] tick$ttcr;
    reg  pic$clock;
    reg  pic$reset;
    reg  [31:0] pic$lines;
    reg  [31:0] pic$spr$addr;
    reg  [31:0] pic$spr$wdata;
    reg  pic$spr$rreq;
    reg  pic$spr$wreq;
    reg  pic$spr$we;
    wire  [31:0] pic$spr$rdata;
    wire  pic$spr$hit;
    wire  pic$spr$busy;
    wire  pic$irq;
    reg  immu$clock;
    reg  immu$reset;
    reg  immu$enable;
    reg  immu$sm;
    reg  [31:0] immu$next_vaddr;
    reg  immu$write;
    reg  immu$flush;
    wire  immu$xlate$ready;
    wire  immu$xlate$hit;
    wire  immu$xlate$allowed;
    wire  [31:0] immu$xlate$paddr;
    wire  immu$xlate$ci;
    wire  immu$xlate$fault;
    wire  [31:0] immu$xlate$fault_vec;
    reg  [31:0] immu$spr$addr;
    reg  [31:0] immu$spr$wdata;
    reg  immu$spr$rreq;
    reg  immu$spr$wreq;
    reg  immu$spr$we;
    wire  [31:0] immu$spr$rdata;
    wire  immu$spr$hit;
    wire  immu$spr$busy;
    reg  dmmu$clock;
    reg  dmmu$reset;
    reg  dmmu$enable;
    reg  dmmu$sm;
    reg  [31:0] dmmu$next_vaddr;
    reg  dmmu$write;
    reg  dmmu$flush;
    wire  dmmu$xlate$ready;
    wire  dmmu$xlate$hit;
    wire  dmmu$xlate$allowed;
    wire  [31:0] dmmu$xlate$paddr;
    wire  dmmu$xlate$ci;
    wire  dmmu$xlate$fault;
    wire  [31:0] dmmu$xlate$fault_vec;
    reg  [31:0] dmmu$spr$addr;
    reg  [31:0] dmmu$spr$wdata;
    reg  dmmu$spr$rreq;
    reg  dmmu$spr$wreq;
    reg  dmmu$spr$we;
    wire  [31:0] dmmu$spr$rdata;
    wire  dmmu$spr$hit;
    wire  dmmu$spr$busy;
    reg  icache$clock;
    reg  icache$reset;
    reg  icache$enable;
    reg  [31:0] icache$f$adr;
    reg  [31:0] icache$f$dat_w;
    reg  [3:0] icache$f$sel;
    reg  icache$f$we;
    reg  icache$f$cyc;
    reg  icache$f$stb;
    reg  [2:0] icache$f$cti;
    reg  [1:0] icache$f$bte;
    reg  [7:0] icache$f$tga;
    wire  [31:0] icache$f$dat_r;
    wire  icache$f$ack;
    wire  icache$f$err;
    reg  icache$f_ci;
    reg  icache$f_redirect;
    reg  [31:0] icache$f_redirect_adr;
    reg  icache$f_jump;
    reg  [31:0] icache$f_jump_adr;
    reg  [31:0] icache$spr$addr;
    reg  [31:0] icache$spr$wdata;
    reg  icache$spr$rreq;
    reg  icache$spr$wreq;
    reg  icache$spr$we;
    wire  [31:0] icache$spr$rdata;
    wire  icache$spr$hit;
    wire  icache$spr$busy;
    wire  icache$miss;
    reg  dcache$clock;
    reg  dcache$reset;
    reg  dcache$enable;
    reg  [31:0] dcache$l$adr;
    reg  [31:0] dcache$l$dat_w;
    reg  [3:0] dcache$l$sel;
    reg  dcache$l$we;
    reg  dcache$l$cyc;
    reg  dcache$l$stb;
    reg  [2:0] dcache$l$cti;
    reg  [1:0] dcache$l$bte;
    reg  [7:0] dcache$l$tga;
    wire  [31:0] dcache$l$dat_r;
    wire  dcache$l$ack;
    wire  dcache$l$err;
    reg  dcache$l_ci;
    reg  [31:0] dcache$l_pre_adr;
    reg  [31:0] dcache$spr$addr;
    reg  [31:0] dcache$spr$wdata;
    reg  dcache$spr$rreq;
    reg  dcache$spr$wreq;
    reg  dcache$spr$we;
    wire  [31:0] dcache$spr$rdata;
    wire  dcache$spr$hit;
    wire  dcache$spr$busy;
    wire  dcache$miss;
    wire  dcache$l_hit;
    wire  [31:0] dcache$l_word;
    reg  ctrl$clock;
    reg  ctrl$reset;
    reg  ctrl$mem_valid;
    reg  [31:0] ctrl$mem_pc;
    reg  [31:0] ctrl$mem_npc;
    reg  ctrl$mem_ds;
    reg  [31:0] ctrl$mem_ea;
    reg  [31:0] ctrl$mem_b;
    reg  ctrl$mfspr;
    reg  ctrl$mtspr;
    reg  ctrl$rfe;
    reg  ctrl$swa;
    reg  ctrl$branch;
    reg  ctrl$refetch;
    reg  ctrl$commit;
    reg  ctrl$spr_busy;
    reg  ctrl$exc;
    reg  [31:0] ctrl$exc_vec;
    reg  ctrl$exc_eear_we;
    reg  [31:0] ctrl$exc_eear;
    reg  ctrl$swa_align;
    reg  ctrl$dmmu_fault;
    reg  [31:0] ctrl$dmmu_vec;
    reg  ctrl$bus_err;
    reg  ctrl$swa_ok;
    reg  ctrl$tick_irq;
    reg  ctrl$ext_irq;
    reg  ctrl$smc;
    reg  ctrl$vmcall;
    reg  ctrl$vmenter;
    reg  ctrl$nop_exit;
    reg  ctrl$rg_exit;
    reg  [31:0] ctrl$rg_gpa;
    reg  ctrl$rg_write;
    reg  ctrl$gtick_irq;
    reg  [7:0] ctrl$vmcr;
    reg  ctrl$w_monitor;
    reg  ctrl$w_guest;
    reg  ctrl$w_host;
    reg  [31:0] ctrl$vm_smepcr;
    reg  [31:0] ctrl$vm_smesr;
    reg  [31:0] ctrl$vm_host_sr;
    reg  [31:0] ctrl$vm_host_eear;
    reg  [31:0] ctrl$vm_host_pc;
    reg  [31:0] ctrl$vm_enter_code;
    reg  ctrl$vm_exit_done;
    reg  ctrl$vm_enter_done;
    reg  [31:0] ctrl$vm_r_pc;
    reg  [31:0] ctrl$vm_r_sr;
    reg  [31:0] ctrl$vm_r_epcr;
    reg  [31:0] ctrl$vm_r_eear;
    reg  [31:0] ctrl$vm_r_esr;
    wire  ctrl$vm_smc;
    wire  ctrl$vm_smret;
    wire  ctrl$vm_enter;
    wire  ctrl$vm_exit;
    wire  [31:0] ctrl$vm_exit_cause;
    wire  [31:0] ctrl$vm_exit_info0;
    wire  [31:0] ctrl$vm_exit_info1;
    wire  [31:0] ctrl$vm_exit_pc;
    wire  [31:0] ctrl$g_sr;
    wire  [31:0] ctrl$g_epcr;
    wire  [31:0] ctrl$g_eear;
    wire  [31:0] ctrl$g_esr;
    wire  ctrl$halted;
    reg  ctrl$ex_f_we;
    reg  ctrl$ex_f;
    reg  ctrl$ex_cy_we;
    reg  ctrl$ex_cy;
    reg  ctrl$ex_ov_we;
    reg  ctrl$ex_ov;
    wire  [31:0] ctrl$spr_addr;
    wire  [31:0] ctrl$spr_wdata;
    wire  ctrl$spr_rreq;
    wire  ctrl$spr_wreq;
    wire  ctrl$spr_we;
    wire  [31:0] ctrl$spr_rdata;
    wire  ctrl$priv_fault;
    wire  ctrl$trap;
    wire  [31:0] ctrl$tvec;
    wire  ctrl$intr;
    wire  [31:0] ctrl$ivec;
    wire  [31:0] ctrl$sr_commit;
    wire  [31:0] ctrl$sr_next;
    wire  ctrl$flush;
    wire  ctrl$refill;
    wire  [31:0] ctrl$refill_pc;
    wire  [7:0] ctrl$origin;
    wire  [31:0] ctrl$sr;
    wire  ctrl$sr_sm;
    wire  ctrl$sr_f;
    wire  ctrl$sr_cy;
    wire  ctrl$sr_ove;
    wire  ctrl$sr_dme;
    wire  ctrl$sr_ime;
    wire  ctrl$sr_dce;
    wire  ctrl$sr_ice;
    reg  vm$clock;
    reg  vm$reset;
    reg  [31:0] vm$spr$addr;
    reg  [31:0] vm$spr$wdata;
    reg  vm$spr$rreq;
    reg  vm$spr$wreq;
    reg  vm$spr$we;
    wire  [31:0] vm$spr$rdata;
    wire  vm$spr$hit;
    wire  vm$spr$busy;
    wire  [7:0] vm$vmcr;
    wire  vm$monitor;
    wire  vm$guest;
    wire  vm$host;
    reg  [31:0] vm$sr;
    reg  [31:0] vm$epcr;
    reg  [31:0] vm$eear;
    reg  [31:0] vm$esr;
    reg  vm$smc;
    reg  [31:0] vm$caller_sr;
    reg  [31:0] vm$pc;
    reg  vm$smret;
    wire  [31:0] vm$smepcr;
    wire  [31:0] vm$smesr;
    reg  [31:0] vm$enter_vmid;
    reg  [31:0] vm$enter_answer;
    wire  [31:0] vm$enter_code;
    reg  vm$enter;
    reg  vm$exit;
    reg  [31:0] vm$exit_cause;
    reg  [31:0] vm$exit_info0;
    reg  [31:0] vm$exit_info1;
    reg  [31:0] vm$exit_pc;
    reg  [31:0] vm$maclo;
    reg  [31:0] vm$machi;
    reg  [31:0] vm$ttmr;
    reg  [31:0] vm$ttcr;
    wire  [31:0] vm$host_sr;
    wire  [31:0] vm$host_eear;
    wire  [31:0] vm$host_pc;
    wire  vm$tlb_flush;
    wire  vm$busy;
    wire  [4:0] vm$rf_raddr;
    reg  [31:0] vm$rf_rdata;
    wire  vm$rf_we;
    wire  [4:0] vm$rf_waddr;
    wire  [31:0] vm$rf_wdata;
    wire  vm$exit_done;
    wire  vm$enter_done;
    wire  [31:0] vm$r_pc;
    wire  [31:0] vm$r_sr;
    wire  [31:0] vm$r_epcr;
    wire  [31:0] vm$r_eear;
    wire  [31:0] vm$r_esr;
    wire  [31:0] vm$r_maclo;
    wire  [31:0] vm$r_machi;
    wire  [31:0] vm$r_ttmr;
    wire  [31:0] vm$r_ttcr;
    reg  [31:0] vm$d_ex$pa;
    wire  [31:0] vm$d_ex$hpa;
    wire  vm$d_ex$vmexit;
    wire  vm$d_ex$blocked;
    reg  [31:0] vm$d_mem$pa;
    wire  [31:0] vm$d_mem$hpa;
    wire  vm$d_mem$vmexit;
    wire  vm$d_mem$blocked;
    reg  [31:0] vm$ifetch$pa;
    wire  [31:0] vm$ifetch$hpa;
    wire  vm$ifetch$vmexit;
    wire  vm$ifetch$blocked;
    reg  gtick$clock;
    reg  gtick$reset;
    reg  [31:0] gtick$spr$addr;
    reg  [31:0] gtick$spr$wdata;
    reg  gtick$spr$rreq;
    reg  gtick$spr$wreq;
    reg  gtick$spr$we;
    wire  [31:0] gtick$spr$rdata;
    wire  gtick$spr$hit;
    wire  gtick$spr$busy;
    wire  gtick$irq;
    reg  gtick$count;
    reg  gtick$load;
    reg  [31:0] gtick$load_ttmr;
    reg  [31:0] gtick$load_ttcr;
    wire  [31:0] gtick$ttmr;
    wire  [31:0] gtick$ttcr;
    reg  resv_valid$d;
    wire  resv_valid$q;
    reg  resv_valid$clock;
    reg  [31:0] resv_addr$d;
    wire  [31:0] resv_addr$q;
    reg  resv_addr$clock;
    reg  [31:0] resv_val$d;
    wire  [31:0] resv_val$q;
    reg  resv_val$clock;
    reg  ds_next$d;
    wire  ds_next$q;
    reg  ds_next$clock;
    reg  ex_valid$d;
    wire  ex_valid$q;
    reg  ex_valid$clock;
    reg  [31:0] ex_pc$d;
    wire  [31:0] ex_pc$q;
    reg  ex_pc$clock;
    reg  [31:0] ex_insn$d;
    wire  [31:0] ex_insn$q;
    reg  ex_insn$clock;
    reg  [31:0] ex_a$d;
    wire  [31:0] ex_a$q;
    reg  ex_a$clock;
    reg  [31:0] ex_b$d;
    wire  [31:0] ex_b$q;
    reg  ex_b$clock;
    reg  ex_ds$d;
    wire  ex_ds$q;
    reg  ex_ds$clock;
    reg  ex_pred$d;
    wire  ex_pred$q;
    reg  ex_pred$clock;
    reg  ex_exc$d;
    wire  ex_exc$q;
    reg  ex_exc$clock;
    reg  [31:0] ex_vec$d;
    wire  [31:0] ex_vec$q;
    reg  ex_vec$clock;
    reg  [5:0] ex_cyc$d;
    wire  [5:0] ex_cyc$q;
    reg  ex_cyc$clock;
    reg  [31:0] br_next$d;
    wire  [31:0] br_next$q;
    reg  br_next$clock;
    reg  mem_valid$d;
    wire  mem_valid$q;
    reg  mem_valid$clock;
    reg  [31:0] mem_pc$d;
    wire  [31:0] mem_pc$q;
    reg  mem_pc$clock;
    reg  [31:0] mem_insn$d;
    wire  [31:0] mem_insn$q;
    reg  mem_insn$clock;
    reg  [31:0] mem_npc$d;
    wire  [31:0] mem_npc$q;
    reg  mem_npc$clock;
    reg  mem_ds$d;
    wire  mem_ds$q;
    reg  mem_ds$clock;
    reg  [31:0] mem_a$d;
    wire  [31:0] mem_a$q;
    reg  mem_a$clock;
    reg  [31:0] mem_b$d;
    wire  [31:0] mem_b$q;
    reg  mem_b$clock;
    reg  [31:0] mem_result$d;
    wire  [31:0] mem_result$q;
    reg  mem_result$clock;
    reg  [31:0] mem_ea$d;
    wire  [31:0] mem_ea$q;
    reg  mem_ea$clock;
    reg  mem_wr$d;
    wire  mem_wr$q;
    reg  mem_wr$clock;
    reg  [4:0] mem_rd$d;
    wire  [4:0] mem_rd$q;
    reg  mem_rd$clock;
    reg  mem_exc$d;
    wire  mem_exc$q;
    reg  mem_exc$clock;
    reg  [31:0] mem_vec$d;
    wire  [31:0] mem_vec$q;
    reg  mem_vec$clock;
    reg  mem_eear_we$d;
    wire  mem_eear_we$q;
    reg  mem_eear_we$clock;
    reg  [31:0] mem_eear$d;
    wire  [31:0] mem_eear$q;
    reg  mem_eear$clock;
    reg  mem_swa_wr$d;
    wire  mem_swa_wr$q;
    reg  mem_swa_wr$clock;
    reg  mem_swa_eq$d;
    wire  mem_swa_eq$q;
    reg  mem_swa_eq$clock;
    reg  ex_ld$d;
    wire  ex_ld$q;
    reg  ex_ld$clock;
    reg  ex_st$d;
    wire  ex_st$q;
    reg  ex_st$clock;
    reg  ex_swa$d;
    wire  ex_swa$q;
    reg  ex_swa$clock;
    reg  ex_mfspr$d;
    wire  ex_mfspr$q;
    reg  ex_mfspr$clock;
    reg  ex_mtspr$d;
    wire  ex_mtspr$q;
    reg  ex_mtspr$clock;
    reg  ex_rfe$d;
    wire  ex_rfe$q;
    reg  ex_rfe$clock;
    reg  ex_br$d;
    wire  ex_br$q;
    reg  ex_br$clock;
    reg  ex_lwa$d;
    wire  ex_lwa$q;
    reg  ex_lwa$clock;
    reg  ex_lsgn$d;
    wire  ex_lsgn$q;
    reg  ex_lsgn$clock;
    reg  [2:0] ex_size$d;
    wire  [2:0] ex_size$q;
    reg  ex_size$clock;
    reg  ex_smc$d;
    wire  ex_smc$q;
    reg  ex_smc$clock;
    reg  ex_vmcall$d;
    wire  ex_vmcall$q;
    reg  ex_vmcall$clock;
    reg  ex_vmenter$d;
    wire  ex_vmenter$q;
    reg  ex_vmenter$clock;
    reg  [31:0] ex_fpa$d;
    wire  [31:0] ex_fpa$q;
    reg  ex_fpa$clock;
    reg  mem_smc$d;
    wire  mem_smc$q;
    reg  mem_smc$clock;
    reg  mem_vmcall$d;
    wire  mem_vmcall$q;
    reg  mem_vmcall$clock;
    reg  mem_vmenter$d;
    wire  mem_vmenter$q;
    reg  mem_vmenter$clock;
    reg  [31:0] mem_rg_hpa$d;
    wire  [31:0] mem_rg_hpa$q;
    reg  mem_rg_hpa$clock;
    reg  mem_rg_exit$d;
    wire  mem_rg_exit$q;
    reg  mem_rg_exit$clock;
    reg  mem_rg_blk$d;
    wire  mem_rg_blk$q;
    reg  mem_rg_blk$clock;
    reg  [31:0] mem_xl_gpa$d;
    wire  [31:0] mem_xl_gpa$q;
    reg  mem_xl_gpa$clock;
    reg  mem_xl_rg_exit$d;
    wire  mem_xl_rg_exit$q;
    reg  mem_xl_rg_exit$clock;
    reg  mem_xl_rg_blk$d;
    wire  mem_xl_rg_blk$q;
    reg  mem_xl_rg_blk$clock;
    reg  mem_ld$d;
    wire  mem_ld$q;
    reg  mem_ld$clock;
    reg  mem_st$d;
    wire  mem_st$q;
    reg  mem_st$clock;
    reg  mem_swa$d;
    wire  mem_swa$q;
    reg  mem_swa$clock;
    reg  mem_mfspr$d;
    wire  mem_mfspr$q;
    reg  mem_mfspr$clock;
    reg  mem_mtspr$d;
    wire  mem_mtspr$q;
    reg  mem_mtspr$clock;
    reg  mem_rfe$d;
    wire  mem_rfe$q;
    reg  mem_rfe$clock;
    reg  mem_br$d;
    wire  mem_br$q;
    reg  mem_br$clock;
    reg  mem_lwa$d;
    wire  mem_lwa$q;
    reg  mem_lwa$clock;
    reg  mem_lsgn$d;
    wire  mem_lsgn$q;
    reg  mem_lsgn$clock;
    reg  [2:0] mem_size$d;
    wire  [2:0] mem_size$q;
    reg  mem_size$clock;
    reg  mem_age$d;
    wire  mem_age$q;
    reg  mem_age$clock;
    reg  [31:0] mem_xl_paddr$d;
    wire  [31:0] mem_xl_paddr$q;
    reg  mem_xl_paddr$clock;
    reg  mem_xl_ci$d;
    wire  mem_xl_ci$q;
    reg  mem_xl_ci$clock;
    reg  mem_xl_fault$d;
    wire  mem_xl_fault$q;
    reg  mem_xl_fault$clock;
    reg  [31:0] mem_xl_vec$d;
    wire  [31:0] mem_xl_vec$q;
    reg  mem_xl_vec$clock;
    reg  mem_swa_hit$d;
    wire  mem_swa_hit$q;
    reg  mem_swa_hit$clock;
    reg  wb_valid$d;
    wire  wb_valid$q;
    reg  wb_valid$clock;
    reg  [31:0] wb_pc$d;
    wire  [31:0] wb_pc$q;
    reg  wb_pc$clock;
    reg  [31:0] wb_insn$d;
    wire  [31:0] wb_insn$q;
    reg  wb_insn$clock;
    reg  wb_we$d;
    wire  wb_we$q;
    reg  wb_we$clock;
    reg  [4:0] wb_rd$d;
    wire  [4:0] wb_rd$q;
    reg  wb_rd$clock;
    reg  [31:0] wb_val$d;
    wire  [31:0] wb_val$q;
    reg  wb_val$clock;
    reg  [31:0] wb_sr$d;
    wire  [31:0] wb_sr$q;
    reg  wb_sr$clock;
    reg  wb_mw$d;
    wire  wb_mw$q;
    reg  wb_mw$clock;
    reg  [31:0] wb_mw_addr$d;
    wire  [31:0] wb_mw_addr$q;
    reg  wb_mw_addr$clock;
    reg  [2:0] wb_mw_size$d;
    wire  [2:0] wb_mw_size$q;
    reg  wb_mw_size$clock;
    reg  [31:0] wb_mw_data$d;
    wire  [31:0] wb_mw_data$q;
    reg  wb_mw_data$clock;
    reg  wb_exc$d;
    wire  wb_exc$q;
    reg  wb_exc$clock;
    reg  [31:0] wb_vec$d;
    wire  [31:0] wb_vec$q;
    reg  wb_vec$clock;
    reg  [31:0] wb_r3$d;
    wire  [31:0] wb_r3$q;
    reg  wb_r3$clock;
    reg  wb_hide_rd$d;
    wire  wb_hide_rd$q;
    reg  wb_hide_rd$clock;
    reg  wb_ret$d;
    wire  wb_ret$q;
    reg  wb_ret$clock;
    reg  intr_pend$d;
    wire  intr_pend$q;
    reg  intr_pend$clock;
    reg  [31:0] intr_pc$d;
    wire  [31:0] intr_pc$q;
    reg  intr_pc$clock;
    reg  [31:0] intr_vec$d;
    wire  [31:0] intr_vec$q;
    reg  intr_vec$clock;
    reg  [31:0] intr_sr$d;
    wire  [31:0] intr_sr$q;
    reg  intr_sr$clock;
    reg  br_done$d;
    wire  br_done$q;
    reg  br_done$clock;
    
    // Local signals
    reg  [31:0] id_op_a;
    reg  [31:0] id_op_b;
    reg  [4:0] id_rb;
    reg  id_stall_a;
    reg  id_stall_b;
    reg  id_hazard;
    reg  id_advance;
    reg  id_exc;
    reg  [31:0] id_vec;
    reg  id_pred;
    reg  [31:0] id_pred_pc;
    reg  ex_ok;
    reg  ex_move;
    reg  ex_advance;
    reg  ex_write;
    reg  mem_rg_exit_now;
    reg  mem_rg_blk_now;
    reg  [31:0] mem_rg_gpa;
    reg  mem_rg_fault;
    reg  mem_nop_exit;
    reg  [31:0] mem_pa;
    reg  mem_ci;
    reg  mem_xl_wait;
    reg  mem_ok;
    reg  mem_late;
    reg  mem_swa_align;
    reg  mem_access;
    reg  mem_tlb_fault;
    reg  mem_busy;
    reg  mem_commit;
    reg  [31:0] mem_spr;
    reg  mem_spr_busy;
    reg  mem_gpr_spr;
    reg  [31:0] mem_value;
    reg  mem_rd_we;
    reg  mem_gpr_wr;
    reg  mem_swa_ok;
    reg  mem_store_done;
    reg  br_go;
    reg  br_redirect;
    
    // Sub module instances
    top$core$fetch fetch(
        .clock(fetch$clock),
        .reset(fetch$reset),
        .origin(fetch$origin),
        .iwb$adr(fetch$iwb$adr),
        .iwb$dat_w(fetch$iwb$dat_w),
        .iwb$sel(fetch$iwb$sel),
        .iwb$we(fetch$iwb$we),
        .iwb$cyc(fetch$iwb$cyc),
        .iwb$stb(fetch$iwb$stb),
        .iwb$cti(fetch$iwb$cti),
        .iwb$bte(fetch$iwb$bte),
        .iwb$tga(fetch$iwb$tga),
        .iwb$dat_r(fetch$iwb$dat_r),
        .iwb$ack(fetch$iwb$ack),
        .iwb$err(fetch$iwb$err),
        .redirect(fetch$redirect),
        .redirect_pc(fetch$redirect_pc),
        .flush_id(fetch$flush_id),
        .hold(fetch$hold),
        .id_advance(fetch$id_advance),
        .pred(fetch$pred),
        .pred_pc(fetch$pred_pc),
        .id_valid(fetch$id_valid),
        .id_pc(fetch$id_pc),
        .id_insn(fetch$id_insn),
        .id_fault(fetch$id_fault),
        .id_fault_vec(fetch$id_fault_vec),
        .id_fault_pa(fetch$id_fault_pa),
        .fault_pa(fetch$fault_pa),
        .immu$ready(fetch$immu$ready),
        .immu$hit(fetch$immu$hit),
        .immu$allowed(fetch$immu$allowed),
        .immu$paddr(fetch$immu$paddr),
        .immu$ci(fetch$immu$ci),
        .immu$fault(fetch$immu$fault),
        .immu$fault_vec(fetch$immu$fault_vec),
        .pc_next(fetch$pc_next),
        .cached(fetch$cached),
        .ic_redirect(fetch$ic_redirect),
        .ic_redirect_adr(fetch$ic_redirect_adr),
        .ic_jump(fetch$ic_jump),
        .ic_jump_adr(fetch$ic_jump_adr)
    );
    top$core$rf rf(
        .clock(rf$clock),
        .ra_addr(rf$ra_addr),
        .rb_addr(rf$rb_addr),
        .ra_data(rf$ra_data),
        .rb_data(rf$rb_data),
        .we(rf$we),
        .waddr(rf$waddr),
        .wdata(rf$wdata)
    );
    top$core$id_dec id_dec(
        .insn(id_dec$insn),
        .illegal(id_dec$illegal),
        .rd_we(id_dec$rd_we),
        .link(id_dec$link),
        .ra(id_dec$ra),
        .uses_ra(id_dec$uses_ra),
        .rb(id_dec$rb),
        .uses_rb(id_dec$uses_rb),
        .use_imm(id_dec$use_imm),
        .imm(id_dec$imm),
        .alu_fn(id_dec$alu_fn),
        .alu_flags(id_dec$alu_flags),
        .branch(id_dec$branch),
        .br_reg(id_dec$br_reg),
        .br_if_f(id_dec$br_if_f),
        .br_if_nf(id_dec$br_if_nf),
        .br_off(id_dec$br_off),
        .load(id_dec$load),
        .store(id_dec$store),
        .size(id_dec$size),
        .load_signed(id_dec$load_signed),
        .lwa(id_dec$lwa),
        .swa(id_dec$swa),
        .mul(id_dec$mul),
        .mulu(id_dec$mulu),
        .div(id_dec$div),
        .divu(id_dec$divu),
        .mac(id_dec$mac),
        .msb(id_dec$msb),
        .macrc(id_dec$macrc),
        .sf(id_dec$sf),
        .sf_eq(id_dec$sf_eq),
        .sf_ne(id_dec$sf_ne),
        .sf_gt(id_dec$sf_gt),
        .sf_ge(id_dec$sf_ge),
        .sf_lt(id_dec$sf_lt),
        .sf_le(id_dec$sf_le),
        .sf_signed(id_dec$sf_signed),
        .mfspr(id_dec$mfspr),
        .mtspr(id_dec$mtspr),
        .rfe(id_dec$rfe),
        .sys(id_dec$sys),
        .trap(id_dec$trap),
        .nop(id_dec$nop),
        .smc(id_dec$smc),
        .vmcall(id_dec$vmcall),
        .vmenter(id_dec$vmenter)
    );
    top$core$exu exu(
        .clock(exu$clock),
        .insn(exu$insn),
        .ok(exu$ok),
        .pc(exu$pc),
        .a(exu$a),
        .b(exu$b),
        .ds(exu$ds),
        .br_next(exu$br_next),
        .cyc(exu$cyc),
        .ds_ready(exu$ds_ready),
        .sr_f(exu$sr_f),
        .sr_cy(exu$sr_cy),
        .sr_ove(exu$sr_ove),
        .mac_ov(exu$mac_ov),
        .mac_lo(exu$mac_lo),
        .rd(exu$rd),
        .wr(exu$wr),
        .result(exu$result),
        .res_ok(exu$res_ok),
        .busy(exu$busy),
        .branch(exu$branch),
        .taken(exu$taken),
        .target(exu$target),
        .npc(exu$npc),
        .ea(exu$ea),
        .misaligned(exu$misaligned),
        .jmisaligned(exu$jmisaligned),
        .range(exu$range),
        .f_we(exu$f_we),
        .f(exu$f),
        .cy_we(exu$cy_we),
        .cy(exu$cy),
        .ov_we(exu$ov_we),
        .ov(exu$ov),
        .acc_we(exu$acc_we),
        .acc_clr(exu$acc_clr),
        .prod(exu$prod),
        .msb(exu$msb)
    );
    top$core$mac mac(
        .clock(mac$clock),
        .reset(mac$reset),
        .prod(mac$prod),
        .msb(mac$msb),
        .acc_we(mac$acc_we),
        .clr(mac$clr),
        .load(mac$load),
        .load_lo(mac$load_lo),
        .load_hi(mac$load_hi),
        .hi(mac$hi),
        .ov(mac$ov),
        .lo(mac$lo),
        .spr$addr(mac$spr$addr),
        .spr$wdata(mac$spr$wdata),
        .spr$rreq(mac$spr$rreq),
        .spr$wreq(mac$spr$wreq),
        .spr$we(mac$spr$we),
        .spr$rdata(mac$spr$rdata),
        .spr$hit(mac$spr$hit),
        .spr$busy(mac$spr$busy)
    );
    top$core$lsu lsu(
        .req(lsu$req),
        .we(lsu$we),
        .addr(lsu$addr),
        .size(lsu$size),
        .sgn(lsu$sgn),
        .wdata(lsu$wdata),
        .rdata(lsu$rdata),
        .rword(lsu$rword),
        .done(lsu$done),
        .err(lsu$err),
        .fwd_word(lsu$fwd_word),
        .fwd_data(lsu$fwd_data),
        .origin(lsu$origin),
        .dwb$adr(lsu$dwb$adr),
        .dwb$dat_w(lsu$dwb$dat_w),
        .dwb$sel(lsu$dwb$sel),
        .dwb$we(lsu$dwb$we),
        .dwb$cyc(lsu$dwb$cyc),
        .dwb$stb(lsu$dwb$stb),
        .dwb$cti(lsu$dwb$cti),
        .dwb$bte(lsu$dwb$bte),
        .dwb$tga(lsu$dwb$tga),
        .dwb$dat_r(lsu$dwb$dat_r),
        .dwb$ack(lsu$dwb$ack),
        .dwb$err(lsu$dwb$err)
    );
    top$core$tick tick(
        .clock(tick$clock),
        .reset(tick$reset),
        .spr$addr(tick$spr$addr),
        .spr$wdata(tick$spr$wdata),
        .spr$rreq(tick$spr$rreq),
        .spr$wreq(tick$spr$wreq),
        .spr$we(tick$spr$we),
        .spr$rdata(tick$spr$rdata),
        .spr$hit(tick$spr$hit),
        .spr$busy(tick$spr$busy),
        .irq(tick$irq),
        .count(tick$count),
        .load(tick$load),
        .load_ttmr(tick$load_ttmr),
        .load_ttcr(tick$load_ttcr),
        .ttmr(tick$ttmr),
        .ttcr(tick$ttcr)
    );
    top$core$pic pic(
        .clock(pic$clock),
        .reset(pic$reset),
        .lines(pic$lines),
        .spr$addr(pic$spr$addr),
        .spr$wdata(pic$spr$wdata),
        .spr$rreq(pic$spr$rreq),
        .spr$wreq(pic$spr$wreq),
        .spr$we(pic$spr$we),
        .spr$rdata(pic$spr$rdata),
        .spr$hit(pic$spr$hit),
        .spr$busy(pic$spr$busy),
        .irq(pic$irq)
    );
    top$core$immu immu(
        .clock(immu$clock),
        .reset(immu$reset),
        .enable(immu$enable),
        .sm(immu$sm),
        .next_vaddr(immu$next_vaddr),
        .write(immu$write),
        .flush(immu$flush),
        .xlate$ready(immu$xlate$ready),
        .xlate$hit(immu$xlate$hit),
        .xlate$allowed(immu$xlate$allowed),
        .xlate$paddr(immu$xlate$paddr),
        .xlate$ci(immu$xlate$ci),
        .xlate$fault(immu$xlate$fault),
        .xlate$fault_vec(immu$xlate$fault_vec),
        .spr$addr(immu$spr$addr),
        .spr$wdata(immu$spr$wdata),
        .spr$rreq(immu$spr$rreq),
        .spr$wreq(immu$spr$wreq),
        .spr$we(immu$spr$we),
        .spr$rdata(immu$spr$rdata),
        .spr$hit(immu$spr$hit),
        .spr$busy(immu$spr$busy)
    );
    top$core$dmmu dmmu(
        .clock(dmmu$clock),
        .reset(dmmu$reset),
        .enable(dmmu$enable),
        .sm(dmmu$sm),
        .next_vaddr(dmmu$next_vaddr),
        .write(dmmu$write),
        .flush(dmmu$flush),
        .xlate$ready(dmmu$xlate$ready),
        .xlate$hit(dmmu$xlate$hit),
        .xlate$allowed(dmmu$xlate$allowed),
        .xlate$paddr(dmmu$xlate$paddr),
        .xlate$ci(dmmu$xlate$ci),
        .xlate$fault(dmmu$xlate$fault),
        .xlate$fault_vec(dmmu$xlate$fault_vec),
        .spr$addr(dmmu$spr$addr),
        .spr$wdata(dmmu$spr$wdata),
        .spr$rreq(dmmu$spr$rreq),
        .spr$wreq(dmmu$spr$wreq),
        .spr$we(dmmu$spr$we),
        .spr$rdata(dmmu$spr$rdata),
        .spr$hit(dmmu$spr$hit),
        .spr$busy(dmmu$spr$busy)
    );
    top$core$icache icache(
        .clock(icache$clock),
        .reset(icache$reset),
        .enable(icache$enable),
        .f$adr(icache$f$adr),
        .f$dat_w(icache$f$dat_w),
        .f$sel(icache$f$sel),
        .f$we(icache$f$we),
        .f$cyc(icache$f$cyc),
        .f$stb(icache$f$stb),
        .f$cti(icache$f$cti),
        .f$bte(icache$f$bte),
        .f$tga(icache$f$tga),
        .f$dat_r(icache$f$dat_r),
        .f$ack(icache$f$ack),
        .f$err(icache$f$err),
        .f_ci(icache$f_ci),
        .f_redirect(icache$f_redirect),
        .f_redirect_adr(icache$f_redirect_adr),
        .f_jump(icache$f_jump),
        .f_jump_adr(icache$f_jump_adr),
        .m$adr(iwb$adr),
        .m$dat_w(iwb$dat_w),
        .m$sel(iwb$sel),
        .m$we(iwb$we),
        .m$cyc(iwb$cyc),
        .m$stb(iwb$stb),
        .m$cti(iwb$cti),
        .m$bte(iwb$bte),
        .m$tga(iwb$tga),
        .m$dat_r(iwb$dat_r),
        .m$ack(iwb$ack),
        .m$err(iwb$err),
        .spr$addr(icache$spr$addr),
        .spr$wdata(icache$spr$wdata),
        .spr$rreq(icache$spr$rreq),
        .spr$wreq(icache$spr$wreq),
        .spr$we(icache$spr$we),
        .spr$rdata(icache$spr$rdata),
        .spr$hit(icache$spr$hit),
        .spr$busy(icache$spr$busy),
        .miss(icache$miss)
    );
    top$core$dcache dcache(
        .clock(dcache$clock),
        .reset(dcache$reset),
        .enable(dcache$enable),
        .l$adr(dcache$l$adr),
        .l$dat_w(dcache$l$dat_w),
        .l$sel(dcache$l$sel),
        .l$we(dcache$l$we),
        .l$cyc(dcache$l$cyc),
        .l$stb(dcache$l$stb),
        .l$cti(dcache$l$cti),
        .l$bte(dcache$l$bte),
        .l$tga(dcache$l$tga),
        .l$dat_r(dcache$l$dat_r),
        .l$ack(dcache$l$ack),
        .l$err(dcache$l$err),
        .l_ci(dcache$l_ci),
        .l_pre_adr(dcache$l_pre_adr),
        .m$adr(dwb$adr),
        .m$dat_w(dwb$dat_w),
        .m$sel(dwb$sel),
        .m$we(dwb$we),
        .m$cyc(dwb$cyc),
        .m$stb(dwb$stb),
        .m$cti(dwb$cti),
        .m$bte(dwb$bte),
        .m$tga(dwb$tga),
        .m$dat_r(dwb$dat_r),
        .m$ack(dwb$ack),
        .m$err(dwb$err),
        .spr$addr(dcache$spr$addr),
        .spr$wdata(dcache$spr$wdata),
        .spr$rreq(dcache$spr$rreq),
        .spr$wreq(dcache$spr$wreq),
        .spr$we(dcache$spr$we),
        .spr$rdata(dcache$spr$rdata),
        .spr$hit(dcache$spr$hit),
        .spr$busy(dcache$spr$busy),
        .miss(dcache$miss),
        .l_hit(dcache$l_hit),
        .l_word(dcache$l_word)
    );
    top$core$ctrl ctrl(
        .clock(ctrl$clock),
        .reset(ctrl$reset),
        .mem_valid(ctrl$mem_valid),
        .mem_pc(ctrl$mem_pc),
        .mem_npc(ctrl$mem_npc),
        .mem_ds(ctrl$mem_ds),
        .mem_ea(ctrl$mem_ea),
        .mem_b(ctrl$mem_b),
        .mfspr(ctrl$mfspr),
        .mtspr(ctrl$mtspr),
        .rfe(ctrl$rfe),
        .swa(ctrl$swa),
        .branch(ctrl$branch),
        .refetch(ctrl$refetch),
        .commit(ctrl$commit),
        .spr_busy(ctrl$spr_busy),
        .exc(ctrl$exc),
        .exc_vec(ctrl$exc_vec),
        .exc_eear_we(ctrl$exc_eear_we),
        .exc_eear(ctrl$exc_eear),
        .swa_align(ctrl$swa_align),
        .dmmu_fault(ctrl$dmmu_fault),
        .dmmu_vec(ctrl$dmmu_vec),
        .bus_err(ctrl$bus_err),
        .swa_ok(ctrl$swa_ok),
        .tick_irq(ctrl$tick_irq),
        .ext_irq(ctrl$ext_irq),
        .smc(ctrl$smc),
        .vmcall(ctrl$vmcall),
        .vmenter(ctrl$vmenter),
        .nop_exit(ctrl$nop_exit),
        .rg_exit(ctrl$rg_exit),
        .rg_gpa(ctrl$rg_gpa),
        .rg_write(ctrl$rg_write),
        .gtick_irq(ctrl$gtick_irq),
        .vmcr(ctrl$vmcr),
        .w_monitor(ctrl$w_monitor),
        .w_guest(ctrl$w_guest),
        .w_host(ctrl$w_host),
        .vm_smepcr(ctrl$vm_smepcr),
        .vm_smesr(ctrl$vm_smesr),
        .vm_host_sr(ctrl$vm_host_sr),
        .vm_host_eear(ctrl$vm_host_eear),
        .vm_host_pc(ctrl$vm_host_pc),
        .vm_enter_code(ctrl$vm_enter_code),
        .vm_exit_done(ctrl$vm_exit_done),
        .vm_enter_done(ctrl$vm_enter_done),
        .vm_r_pc(ctrl$vm_r_pc),
        .vm_r_sr(ctrl$vm_r_sr),
        .vm_r_epcr(ctrl$vm_r_epcr),
        .vm_r_eear(ctrl$vm_r_eear),
        .vm_r_esr(ctrl$vm_r_esr),
        .vm_smc(ctrl$vm_smc),
        .vm_smret(ctrl$vm_smret),
        .vm_enter(ctrl$vm_enter),
        .vm_exit(ctrl$vm_exit),
        .vm_exit_cause(ctrl$vm_exit_cause),
        .vm_exit_info0(ctrl$vm_exit_info0),
        .vm_exit_info1(ctrl$vm_exit_info1),
        .vm_exit_pc(ctrl$vm_exit_pc),
        .g_sr(ctrl$g_sr),
        .g_epcr(ctrl$g_epcr),
        .g_eear(ctrl$g_eear),
        .g_esr(ctrl$g_esr),
        .halted(ctrl$halted),
        .ex_f_we(ctrl$ex_f_we),
        .ex_f(ctrl$ex_f),
        .ex_cy_we(ctrl$ex_cy_we),
        .ex_cy(ctrl$ex_cy),
        .ex_ov_we(ctrl$ex_ov_we),
        .ex_ov(ctrl$ex_ov),
        .spr_addr(ctrl$spr_addr),
        .spr_wdata(ctrl$spr_wdata),
        .spr_rreq(ctrl$spr_rreq),
        .spr_wreq(ctrl$spr_wreq),
        .spr_we(ctrl$spr_we),
        .spr_rdata(ctrl$spr_rdata),
        .priv_fault(ctrl$priv_fault),
        .trap(ctrl$trap),
        .tvec(ctrl$tvec),
        .intr(ctrl$intr),
        .ivec(ctrl$ivec),
        .sr_commit(ctrl$sr_commit),
        .sr_next(ctrl$sr_next),
        .flush(ctrl$flush),
        .refill(ctrl$refill),
        .refill_pc(ctrl$refill_pc),
        .origin(ctrl$origin),
        .sr(ctrl$sr),
        .sr_sm(ctrl$sr_sm),
        .sr_f(ctrl$sr_f),
        .sr_cy(ctrl$sr_cy),
        .sr_ove(ctrl$sr_ove),
        .sr_dme(ctrl$sr_dme),
        .sr_ime(ctrl$sr_ime),
        .sr_dce(ctrl$sr_dce),
        .sr_ice(ctrl$sr_ice)
    );
    top$core$vm vm(
        .clock(vm$clock),
        .reset(vm$reset),
        .spr$addr(vm$spr$addr),
        .spr$wdata(vm$spr$wdata),
        .spr$rreq(vm$spr$rreq),
        .spr$wreq(vm$spr$wreq),
        .spr$we(vm$spr$we),
        .spr$rdata(vm$spr$rdata),
        .spr$hit(vm$spr$hit),
        .spr$busy(vm$spr$busy),
        .vmcr(vm$vmcr),
        .monitor(vm$monitor),
        .guest(vm$guest),
        .host(vm$host),
        .sr(vm$sr),
        .epcr(vm$epcr),
        .eear(vm$eear),
        .esr(vm$esr),
        .smc(vm$smc),
        .caller_sr(vm$caller_sr),
        .pc(vm$pc),
        .smret(vm$smret),
        .smepcr(vm$smepcr),
        .smesr(vm$smesr),
        .enter_vmid(vm$enter_vmid),
        .enter_answer(vm$enter_answer),
        .enter_code(vm$enter_code),
        .enter(vm$enter),
        .exit(vm$exit),
        .exit_cause(vm$exit_cause),
        .exit_info0(vm$exit_info0),
        .exit_info1(vm$exit_info1),
        .exit_pc(vm$exit_pc),
        .maclo(vm$maclo),
        .machi(vm$machi),
        .ttmr(vm$ttmr),
        .ttcr(vm$ttcr),
        .host_sr(vm$host_sr),
        .host_eear(vm$host_eear),
        .host_pc(vm$host_pc),
        .tlb_flush(vm$tlb_flush),
        .busy(vm$busy),
        .rf_raddr(vm$rf_raddr),
        .rf_rdata(vm$rf_rdata),
        .rf_we(vm$rf_we),
        .rf_waddr(vm$rf_waddr),
        .rf_wdata(vm$rf_wdata),
        .exit_done(vm$exit_done),
        .enter_done(vm$enter_done),
        .r_pc(vm$r_pc),
        .r_sr(vm$r_sr),
        .r_epcr(vm$r_epcr),
        .r_eear(vm$r_eear),
        .r_esr(vm$r_esr),
        .r_maclo(vm$r_maclo),
        .r_machi(vm$r_machi),
        .r_ttmr(vm$r_ttmr),
        .r_ttcr(vm$r_ttcr),
        .d_ex$pa(vm$d_ex$pa),
        .d_ex$hpa(vm$d_ex$hpa),
        .d_ex$vmexit(vm$d_ex$vmexit),
        .d_ex$blocked(vm$d_ex$blocked),
        .d_mem$pa(vm$d_mem$pa),
        .d_mem$hpa(vm$d_mem$hpa),
        .d_mem$vmexit(vm$d_mem$vmexit),
        .d_mem$blocked(vm$d_mem$blocked),
        .ifetch$pa(vm$ifetch$pa),
        .ifetch$hpa(vm$ifetch$hpa),
        .ifetch$vmexit(vm$ifetch$vmexit),
        .ifetch$blocked(vm$ifetch$blocked)
    );
    top$core$gtick gtick(
        .clock(gtick$clock),
        .reset(gtick$reset),
        .spr$addr(gtick$spr$addr),
        .spr$wdata(gtick$spr$wdata),
        .spr$rreq(gtick$spr$rreq),
        .spr$wreq(gtick$spr$wreq),
        .spr$we(gtick$spr$we),
        .spr$rdata(gtick$spr$rdata),
        .spr$hit(gtick$spr$hit),
        .spr$busy(gtick$spr$busy),
        .irq(gtick$irq),
        .count(gtick$count),
        .load(gtick$load),
        .load_ttmr(gtick$load_ttmr),
        .load_ttcr(gtick$load_ttcr),
        .ttmr(gtick$ttmr),
        .ttcr(gtick$ttcr)
    );
    top$core$resv_valid resv_valid(
        .d(resv_valid$d),
        .q(resv_valid$q),
        .clock(resv_valid$clock)
    );
    top$core$resv_addr resv_addr(
        .d(resv_addr$d),
        .q(resv_addr$q),
        .clock(resv_addr$clock)
    );
    top$core$resv_val resv_val(
        .d(resv_val$d),
        .q(resv_val$q),
        .clock(resv_val$clock)
    );
    top$core$ds_next ds_next(
        .d(ds_next$d),
        .q(ds_next$q),
        .clock(ds_next$clock)
    );
    top$core$ex_valid ex_valid(
        .d(ex_valid$d),
        .q(ex_valid$q),
        .clock(ex_valid$clock)
    );
    top$core$ex_pc ex_pc(
        .d(ex_pc$d),
        .q(ex_pc$q),
        .clock(ex_pc$clock)
    );
    top$core$ex_insn ex_insn(
        .d(ex_insn$d),
        .q(ex_insn$q),
        .clock(ex_insn$clock)
    );
    top$core$ex_a ex_a(
        .d(ex_a$d),
        .q(ex_a$q),
        .clock(ex_a$clock)
    );
    top$core$ex_b ex_b(
        .d(ex_b$d),
        .q(ex_b$q),
        .clock(ex_b$clock)
    );
    top$core$ex_ds ex_ds(
        .d(ex_ds$d),
        .q(ex_ds$q),
        .clock(ex_ds$clock)
    );
    top$core$ex_pred ex_pred(
        .d(ex_pred$d),
        .q(ex_pred$q),
        .clock(ex_pred$clock)
    );
    top$core$ex_exc ex_exc(
        .d(ex_exc$d),
        .q(ex_exc$q),
        .clock(ex_exc$clock)
    );
    top$core$ex_vec ex_vec(
        .d(ex_vec$d),
        .q(ex_vec$q),
        .clock(ex_vec$clock)
    );
    top$core$ex_cyc ex_cyc(
        .d(ex_cyc$d),
        .q(ex_cyc$q),
        .clock(ex_cyc$clock)
    );
    top$core$br_next br_next(
        .d(br_next$d),
        .q(br_next$q),
        .clock(br_next$clock)
    );
    top$core$mem_valid mem_valid(
        .d(mem_valid$d),
        .q(mem_valid$q),
        .clock(mem_valid$clock)
    );
    top$core$mem_pc mem_pc(
        .d(mem_pc$d),
        .q(mem_pc$q),
        .clock(mem_pc$clock)
    );
    top$core$mem_insn mem_insn(
        .d(mem_insn$d),
        .q(mem_insn$q),
        .clock(mem_insn$clock)
    );
    top$core$mem_npc mem_npc(
        .d(mem_npc$d),
        .q(mem_npc$q),
        .clock(mem_npc$clock)
    );
    top$core$mem_ds mem_ds(
        .d(mem_ds$d),
        .q(mem_ds$q),
        .clock(mem_ds$clock)
    );
    top$core$mem_a mem_a(
        .d(mem_a$d),
        .q(mem_a$q),
        .clock(mem_a$clock)
    );
    top$core$mem_b mem_b(
        .d(mem_b$d),
        .q(mem_b$q),
        .clock(mem_b$clock)
    );
    top$core$mem_result mem_result(
        .d(mem_result$d),
        .q(mem_result$q),
        .clock(mem_result$clock)
    );
    top$core$mem_ea mem_ea(
        .d(mem_ea$d),
        .q(mem_ea$q),
        .clock(mem_ea$clock)
    );
    top$core$mem_wr mem_wr(
        .d(mem_wr$d),
        .q(mem_wr$q),
        .clock(mem_wr$clock)
    );
    top$core$mem_rd mem_rd(
        .d(mem_rd$d),
        .q(mem_rd$q),
        .clock(mem_rd$clock)
    );
    top$core$mem_exc mem_exc(
        .d(mem_exc$d),
        .q(mem_exc$q),
        .clock(mem_exc$clock)
    );
    top$core$mem_vec mem_vec(
        .d(mem_vec$d),
        .q(mem_vec$q),
        .clock(mem_vec$clock)
    );
    top$core$mem_eear_we mem_eear_we(
        .d(mem_eear_we$d),
        .q(mem_eear_we$q),
        .clock(mem_eear_we$clock)
    );
    top$core$mem_eear mem_eear(
        .d(mem_eear$d),
        .q(mem_eear$q),
        .clock(mem_eear$clock)
    );
    top$core$mem_swa_wr mem_swa_wr(
        .d(mem_swa_wr$d),
        .q(mem_swa_wr$q),
        .clock(mem_swa_wr$clock)
    );
    top$core$mem_swa_eq mem_swa_eq(
        .d(mem_swa_eq$d),
        .q(mem_swa_eq$q),
        .clock(mem_swa_eq$clock)
    );
    top$core$ex_ld ex_ld(
        .d(ex_ld$d),
        .q(ex_ld$q),
        .clock(ex_ld$clock)
    );
    top$core$ex_st ex_st(
        .d(ex_st$d),
        .q(ex_st$q),
        .clock(ex_st$clock)
    );
    top$core$ex_swa ex_swa(
        .d(ex_swa$d),
        .q(ex_swa$q),
        .clock(ex_swa$clock)
    );
    top$core$ex_mfspr ex_mfspr(
        .d(ex_mfspr$d),
        .q(ex_mfspr$q),
        .clock(ex_mfspr$clock)
    );
    top$core$ex_mtspr ex_mtspr(
        .d(ex_mtspr$d),
        .q(ex_mtspr$q),
        .clock(ex_mtspr$clock)
    );
    top$core$ex_rfe ex_rfe(
        .d(ex_rfe$d),
        .q(ex_rfe$q),
        .clock(ex_rfe$clock)
    );
    top$core$ex_br ex_br(
        .d(ex_br$d),
        .q(ex_br$q),
        .clock(ex_br$clock)
    );
    top$core$ex_lwa ex_lwa(
        .d(ex_lwa$d),
        .q(ex_lwa$q),
        .clock(ex_lwa$clock)
    );
    top$core$ex_lsgn ex_lsgn(
        .d(ex_lsgn$d),
        .q(ex_lsgn$q),
        .clock(ex_lsgn$clock)
    );
    top$core$ex_size ex_size(
        .d(ex_size$d),
        .q(ex_size$q),
        .clock(ex_size$clock)
    );
    top$core$ex_smc ex_smc(
        .d(ex_smc$d),
        .q(ex_smc$q),
        .clock(ex_smc$clock)
    );
    top$core$ex_vmcall ex_vmcall(
        .d(ex_vmcall$d),
        .q(ex_vmcall$q),
        .clock(ex_vmcall$clock)
    );
    top$core$ex_vmenter ex_vmenter(
        .d(ex_vmenter$d),
        .q(ex_vmenter$q),
        .clock(ex_vmenter$clock)
    );
    top$core$ex_fpa ex_fpa(
        .d(ex_fpa$d),
        .q(ex_fpa$q),
        .clock(ex_fpa$clock)
    );
    top$core$mem_smc mem_smc(
        .d(mem_smc$d),
        .q(mem_smc$q),
        .clock(mem_smc$clock)
    );
    top$core$mem_vmcall mem_vmcall(
        .d(mem_vmcall$d),
        .q(mem_vmcall$q),
        .clock(mem_vmcall$clock)
    );
    top$core$mem_vmenter mem_vmenter(
        .d(mem_vmenter$d),
        .q(mem_vmenter$q),
        .clock(mem_vmenter$clock)
    );
    top$core$mem_rg_hpa mem_rg_hpa(
        .d(mem_rg_hpa$d),
        .q(mem_rg_hpa$q),
        .clock(mem_rg_hpa$clock)
    );
    top$core$mem_rg_exit mem_rg_exit(
        .d(mem_rg_exit$d),
        .q(mem_rg_exit$q),
        .clock(mem_rg_exit$clock)
    );
    top$core$mem_rg_blk mem_rg_blk(
        .d(mem_rg_blk$d),
        .q(mem_rg_blk$q),
        .clock(mem_rg_blk$clock)
    );
    top$core$mem_xl_gpa mem_xl_gpa(
        .d(mem_xl_gpa$d),
        .q(mem_xl_gpa$q),
        .clock(mem_xl_gpa$clock)
    );
    top$core$mem_xl_rg_exit mem_xl_rg_exit(
        .d(mem_xl_rg_exit$d),
        .q(mem_xl_rg_exit$q),
        .clock(mem_xl_rg_exit$clock)
    );
    top$core$mem_xl_rg_blk mem_xl_rg_blk(
        .d(mem_xl_rg_blk$d),
        .q(mem_xl_rg_blk$q),
        .clock(mem_xl_rg_blk$clock)
    );
    top$core$mem_ld mem_ld(
        .d(mem_ld$d),
        .q(mem_ld$q),
        .clock(mem_ld$clock)
    );
    top$core$mem_st mem_st(
        .d(mem_st$d),
        .q(mem_st$q),
        .clock(mem_st$clock)
    );
    top$core$mem_swa mem_swa(
        .d(mem_swa$d),
        .q(mem_swa$q),
        .clock(mem_swa$clock)
    );
    top$core$mem_mfspr mem_mfspr(
        .d(mem_mfspr$d),
        .q(mem_mfspr$q),
        .clock(mem_mfspr$clock)
    );
    top$core$mem_mtspr mem_mtspr(
        .d(mem_mtspr$d),
        .q(mem_mtspr$q),
        .clock(mem_mtspr$clock)
    );
    top$core$mem_rfe mem_rfe(
        .d(mem_rfe$d),
        .q(mem_rfe$q),
        .clock(mem_rfe$clock)
    );
    top$core$mem_br mem_br(
        .d(mem_br$d),
        .q(mem_br$q),
        .clock(mem_br$clock)
    );
    top$core$mem_lwa mem_lwa(
        .d(mem_lwa$d),
        .q(mem_lwa$q),
        .clock(mem_lwa$clock)
    );
    top$core$mem_lsgn mem_lsgn(
        .d(mem_lsgn$d),
        .q(mem_lsgn$q),
        .clock(mem_lsgn$clock)
    );
    top$core$mem_size mem_size(
        .d(mem_size$d),
        .q(mem_size$q),
        .clock(mem_size$clock)
    );
    top$core$mem_age mem_age(
        .d(mem_age$d),
        .q(mem_age$q),
        .clock(mem_age$clock)
    );
    top$core$mem_xl_paddr mem_xl_paddr(
        .d(mem_xl_paddr$d),
        .q(mem_xl_paddr$q),
        .clock(mem_xl_paddr$clock)
    );
    top$core$mem_xl_ci mem_xl_ci(
        .d(mem_xl_ci$d),
        .q(mem_xl_ci$q),
        .clock(mem_xl_ci$clock)
    );
    top$core$mem_xl_fault mem_xl_fault(
        .d(mem_xl_fault$d),
        .q(mem_xl_fault$q),
        .clock(mem_xl_fault$clock)
    );
    top$core$mem_xl_vec mem_xl_vec(
        .d(mem_xl_vec$d),
        .q(mem_xl_vec$q),
        .clock(mem_xl_vec$clock)
    );
    top$core$mem_swa_hit mem_swa_hit(
        .d(mem_swa_hit$d),
        .q(mem_swa_hit$q),
        .clock(mem_swa_hit$clock)
    );
    top$core$wb_valid wb_valid(
        .d(wb_valid$d),
        .q(wb_valid$q),
        .clock(wb_valid$clock)
    );
    top$core$wb_pc wb_pc(
        .d(wb_pc$d),
        .q(wb_pc$q),
        .clock(wb_pc$clock)
    );
    top$core$wb_insn wb_insn(
        .d(wb_insn$d),
        .q(wb_insn$q),
        .clock(wb_insn$clock)
    );
    top$core$wb_we wb_we(
        .d(wb_we$d),
        .q(wb_we$q),
        .clock(wb_we$clock)
    );
    top$core$wb_rd wb_rd(
        .d(wb_rd$d),
        .q(wb_rd$q),
        .clock(wb_rd$clock)
    );
    top$core$wb_val wb_val(
        .d(wb_val$d),
        .q(wb_val$q),
        .clock(wb_val$clock)
    );
    top$core$wb_sr wb_sr(
        .d(wb_sr$d),
        .q(wb_sr$q),
        .clock(wb_sr$clock)
    );
    top$core$wb_mw wb_mw(
        .d(wb_mw$d),
        .q(wb_mw$q),
        .clock(wb_mw$clock)
    );
    top$core$wb_mw_addr wb_mw_addr(
        .d(wb_mw_addr$d),
        .q(wb_mw_addr$q),
        .clock(wb_mw_addr$clock)
    );
    top$core$wb_mw_size wb_mw_size(
        .d(wb_mw_size$d),
        .q(wb_mw_size$q),
        .clock(wb_mw_size$clock)
    );
    top$core$wb_mw_data wb_mw_data(
        .d(wb_mw_data$d),
        .q(wb_mw_data$q),
        .clock(wb_mw_data$clock)
    );
    top$core$wb_exc wb_exc(
        .d(wb_exc$d),
        .q(wb_exc$q),
        .clock(wb_exc$clock)
    );
    top$core$wb_vec wb_vec(
        .d(wb_vec$d),
        .q(wb_vec$q),
        .clock(wb_vec$clock)
    );
    top$core$wb_r3 wb_r3(
        .d(wb_r3$d),
        .q(wb_r3$q),
        .clock(wb_r3$clock)
    );
    top$core$wb_hide_rd wb_hide_rd(
        .d(wb_hide_rd$d),
        .q(wb_hide_rd$q),
        .clock(wb_hide_rd$clock)
    );
    top$core$wb_ret wb_ret(
        .d(wb_ret$d),
        .q(wb_ret$q),
        .clock(wb_ret$clock)
    );
    top$core$intr_pend intr_pend(
        .d(intr_pend$d),
        .q(intr_pend$q),
        .clock(intr_pend$clock)
    );
    top$core$intr_pc intr_pc(
        .d(intr_pc$d),
        .q(intr_pc$q),
        .clock(intr_pc$clock)
    );
    top$core$intr_vec intr_vec(
        .d(intr_vec$d),
        .q(intr_vec$q),
        .clock(intr_vec$clock)
    );
    top$core$intr_sr intr_sr(
        .d(intr_sr$d),
        .q(intr_sr$q),
        .clock(intr_sr$clock)
    );
    top$core$br_done br_done(
        .d(br_done$d),
        .q(br_done$q),
        .clock(br_done$clock)
    );
    
    // Update code
    always @(*) begin
        resv_valid$clock = clock;
        resv_addr$clock = clock;
        resv_val$clock = clock;
        ds_next$clock = clock;
        ex_valid$clock = clock;
        ex_pc$clock = clock;
        ex_insn$clock = clock;
        ex_a$clock = clock;
        ex_b$clock = clock;
        ex_ds$clock = clock;
        ex_pred$clock = clock;
        ex_exc$clock = clock;
        ex_vec$clock = clock;
        ex_cyc$clock = clock;
        br_next$clock = clock;
        mem_valid$clock = clock;
        mem_pc$clock = clock;
        mem_insn$clock = clock;
        mem_npc$clock = clock;
        mem_ds$clock = clock;
        mem_a$clock = clock;
        mem_b$clock = clock;
        mem_result$clock = clock;
        mem_ea$clock = clock;
        mem_wr$clock = clock;
        mem_rd$clock = clock;
        mem_exc$clock = clock;
        mem_vec$clock = clock;
        mem_eear_we$clock = clock;
        mem_eear$clock = clock;
        mem_swa_wr$clock = clock;
        mem_swa_eq$clock = clock;
        ex_ld$clock = clock;
        ex_st$clock = clock;
        ex_swa$clock = clock;
        ex_mfspr$clock = clock;
        ex_mtspr$clock = clock;
        ex_rfe$clock = clock;
        ex_br$clock = clock;
        ex_lwa$clock = clock;
        ex_lsgn$clock = clock;
        ex_size$clock = clock;
        mem_ld$clock = clock;
        mem_st$clock = clock;
        mem_swa$clock = clock;
        mem_mfspr$clock = clock;
        mem_mtspr$clock = clock;
        mem_rfe$clock = clock;
        mem_br$clock = clock;
        mem_lwa$clock = clock;
        mem_lsgn$clock = clock;
        mem_size$clock = clock;
        mem_swa_hit$clock = clock;
        mem_age$clock = clock;
        mem_xl_paddr$clock = clock;
        mem_xl_ci$clock = clock;
        mem_xl_fault$clock = clock;
        mem_xl_vec$clock = clock;
        wb_valid$clock = clock;
        wb_pc$clock = clock;
        wb_insn$clock = clock;
        wb_we$clock = clock;
        wb_rd$clock = clock;
        wb_val$clock = clock;
        wb_sr$clock = clock;
        wb_mw$clock = clock;
        wb_mw_addr$clock = clock;
        wb_mw_size$clock = clock;
        wb_mw_data$clock = clock;
        wb_exc$clock = clock;
        wb_vec$clock = clock;
        wb_r3$clock = clock;
        wb_hide_rd$clock = clock;
        intr_pend$clock = clock;
        intr_pc$clock = clock;
        intr_vec$clock = clock;
        intr_sr$clock = clock;
        br_done$clock = clock;
        ex_smc$clock = clock;
        ex_vmcall$clock = clock;
        ex_vmenter$clock = clock;
        ex_fpa$clock = clock;
        mem_smc$clock = clock;
        mem_vmcall$clock = clock;
        mem_vmenter$clock = clock;
        mem_rg_hpa$clock = clock;
        mem_rg_exit$clock = clock;
        mem_rg_blk$clock = clock;
        mem_xl_gpa$clock = clock;
        mem_xl_rg_exit$clock = clock;
        mem_xl_rg_blk$clock = clock;
        wb_ret$clock = clock;
        resv_valid$d = resv_valid$q;
        resv_addr$d = resv_addr$q;
        resv_val$d = resv_val$q;
        ds_next$d = ds_next$q;
        ex_valid$d = ex_valid$q;
        ex_pc$d = ex_pc$q;
        ex_insn$d = ex_insn$q;
        ex_a$d = ex_a$q;
        ex_b$d = ex_b$q;
        ex_ds$d = ex_ds$q;
        ex_pred$d = ex_pred$q;
        ex_exc$d = ex_exc$q;
        ex_vec$d = ex_vec$q;
        ex_cyc$d = ex_cyc$q;
        br_next$d = br_next$q;
        mem_valid$d = mem_valid$q;
        mem_pc$d = mem_pc$q;
        mem_insn$d = mem_insn$q;
        mem_npc$d = mem_npc$q;
        mem_ds$d = mem_ds$q;
        mem_a$d = mem_a$q;
        mem_b$d = mem_b$q;
        mem_result$d = mem_result$q;
        mem_ea$d = mem_ea$q;
        mem_wr$d = mem_wr$q;
        mem_rd$d = mem_rd$q;
        mem_exc$d = mem_exc$q;
        mem_vec$d = mem_vec$q;
        mem_eear_we$d = mem_eear_we$q;
        mem_eear$d = mem_eear$q;
        mem_swa_wr$d = mem_swa_wr$q;
        mem_swa_eq$d = mem_swa_eq$q;
        ex_ld$d = ex_ld$q;
        ex_st$d = ex_st$q;
        ex_swa$d = ex_swa$q;
        ex_mfspr$d = ex_mfspr$q;
        ex_mtspr$d = ex_mtspr$q;
        ex_rfe$d = ex_rfe$q;
        ex_br$d = ex_br$q;
        ex_lwa$d = ex_lwa$q;
        ex_lsgn$d = ex_lsgn$q;
        ex_size$d = ex_size$q;
        mem_ld$d = mem_ld$q;
        mem_st$d = mem_st$q;
        mem_swa$d = mem_swa$q;
        mem_mfspr$d = mem_mfspr$q;
        mem_mtspr$d = mem_mtspr$q;
        mem_rfe$d = mem_rfe$q;
        mem_br$d = mem_br$q;
        mem_lwa$d = mem_lwa$q;
        mem_lsgn$d = mem_lsgn$q;
        mem_size$d = mem_size$q;
        mem_swa_hit$d = mem_swa_hit$q;
        mem_age$d = mem_age$q;
        mem_xl_paddr$d = mem_xl_paddr$q;
        mem_xl_ci$d = mem_xl_ci$q;
        mem_xl_fault$d = mem_xl_fault$q;
        mem_xl_vec$d = mem_xl_vec$q;
        wb_valid$d = wb_valid$q;
        wb_pc$d = wb_pc$q;
        wb_insn$d = wb_insn$q;
        wb_we$d = wb_we$q;
        wb_rd$d = wb_rd$q;
        wb_val$d = wb_val$q;
        wb_sr$d = wb_sr$q;
        wb_mw$d = wb_mw$q;
        wb_mw_addr$d = wb_mw_addr$q;
        wb_mw_size$d = wb_mw_size$q;
        wb_mw_data$d = wb_mw_data$q;
        wb_exc$d = wb_exc$q;
        wb_vec$d = wb_vec$q;
        wb_r3$d = wb_r3$q;
        wb_hide_rd$d = wb_hide_rd$q;
        intr_pend$d = intr_pend$q;
        intr_pc$d = intr_pc$q;
        intr_vec$d = intr_vec$q;
        intr_sr$d = intr_sr$q;
        br_done$d = br_done$q;
        ex_smc$d = ex_smc$q;
        ex_vmcall$d = ex_vmcall$q;
        ex_vmenter$d = ex_vmenter$q;
        ex_fpa$d = ex_fpa$q;
        mem_smc$d = mem_smc$q;
        mem_vmcall$d = mem_vmcall$q;
        mem_vmenter$d = mem_vmenter$q;
        mem_rg_hpa$d = mem_rg_hpa$q;
        mem_rg_exit$d = mem_rg_exit$q;
        mem_rg_blk$d = mem_rg_blk$q;
        mem_xl_gpa$d = mem_xl_gpa$q;
        mem_xl_rg_exit$d = mem_xl_rg_exit$q;
        mem_xl_rg_blk$d = mem_xl_rg_blk$q;
        wb_ret$d = wb_ret$q;
        fetch$clock = clock;
        rf$clock = clock;
        exu$clock = clock;
        mac$clock = clock;
        tick$clock = clock;
        pic$clock = clock;
        immu$clock = clock;
        dmmu$clock = clock;
        icache$clock = clock;
        dcache$clock = clock;
        ctrl$clock = clock;
        vm$clock = clock;
        gtick$clock = clock;
        vm$reset = reset;
        gtick$reset = reset;
        halted = ctrl$halted;
        fetch$reset = reset;
        mac$reset = reset;
        tick$reset = reset;
        pic$reset = reset;
        immu$reset = reset;
        dmmu$reset = reset;
        icache$reset = reset;
        dcache$reset = reset;
        ctrl$reset = reset;
        pic$lines = irq;
        tick$spr$addr = ctrl$spr_addr;
        gtick$spr$addr = 32'h0;
        if (vm$guest) begin
            tick$spr$addr = 32'h0;
            gtick$spr$addr = ctrl$spr_addr;
        end
        tick$spr$wdata = ctrl$spr_wdata;
        tick$spr$rreq = ctrl$spr_rreq;
        tick$spr$wreq = ctrl$spr_wreq;
        tick$spr$we = ctrl$spr_we;
        gtick$spr$wdata = ctrl$spr_wdata;
        gtick$spr$rreq = ctrl$spr_rreq;
        gtick$spr$wreq = ctrl$spr_wreq;
        gtick$spr$we = ctrl$spr_we;
        tick$count = 1'b1;
        tick$load = 1'b0;
        tick$load_ttmr = 32'h0;
        tick$load_ttcr = 32'h0;
        gtick$count = vm$guest;
        gtick$load = vm$enter_done;
        gtick$load_ttmr = vm$r_ttmr;
        gtick$load_ttcr = vm$r_ttcr;
        vm$spr$addr = ctrl$spr_addr;
        vm$spr$wdata = ctrl$spr_wdata;
        vm$spr$rreq = ctrl$spr_rreq;
        vm$spr$wreq = ctrl$spr_wreq;
        vm$spr$we = ctrl$spr_we;
        pic$spr$addr = ctrl$spr_addr;
        pic$spr$wdata = ctrl$spr_wdata;
        pic$spr$rreq = ctrl$spr_rreq;
        pic$spr$wreq = ctrl$spr_wreq;
        pic$spr$we = ctrl$spr_we;
        mac$spr$addr = ctrl$spr_addr;
        mac$spr$wdata = ctrl$spr_wdata;
        mac$spr$rreq = ctrl$spr_rreq;
        mac$spr$wreq = ctrl$spr_wreq;
        mac$spr$we = ctrl$spr_we;
        immu$spr$addr = ctrl$spr_addr;
        immu$spr$wdata = ctrl$spr_wdata;
        immu$spr$rreq = ctrl$spr_rreq;
        immu$spr$wreq = ctrl$spr_wreq;
        immu$spr$we = ctrl$spr_we;
        dmmu$spr$addr = ctrl$spr_addr;
        dmmu$spr$wdata = ctrl$spr_wdata;
        dmmu$spr$rreq = ctrl$spr_rreq;
        dmmu$spr$wreq = ctrl$spr_wreq;
        dmmu$spr$we = ctrl$spr_we;
        icache$spr$addr = ctrl$spr_addr;
        icache$spr$wdata = ctrl$spr_wdata;
        icache$spr$rreq = ctrl$spr_rreq;
        icache$spr$wreq = ctrl$spr_wreq;
        icache$spr$we = ctrl$spr_we;
        dcache$spr$addr = ctrl$spr_addr;
        dcache$spr$wdata = ctrl$spr_wdata;
        dcache$spr$rreq = ctrl$spr_rreq;
        dcache$spr$wreq = ctrl$spr_wreq;
        dcache$spr$we = ctrl$spr_we;
        icache$spr$wdata = mem_rg_hpa$q;
        dcache$spr$wdata = mem_rg_hpa$q;
        if (vm$guest & (ctrl$spr_addr == k_spr_dcbir)) begin
            dcache$spr$addr = k_spr_dcbfr;
        end
        if (mem_rg_exit$q | mem_rg_blk$q) begin
            icache$spr$wreq = 1'b0;
            icache$spr$we = 1'b0;
            dcache$spr$wreq = 1'b0;
            dcache$spr$we = 1'b0;
        end
        mem_spr_busy = tick$spr$busy | pic$spr$busy | mac$spr$busy | immu$spr$busy | dmmu$spr$busy | icache$spr$busy | dcache$spr$busy | gtick$spr$busy | vm$spr$busy;
        mem_gpr_spr = (mem_ea$q & k_gpr_mask) == k_spr_gpr0;
        mem_spr = ctrl$spr_rdata | tick$spr$rdata | pic$spr$rdata | mac$spr$rdata | immu$spr$rdata | dmmu$spr$rdata | icache$spr$rdata | dcache$spr$rdata | gtick$spr$rdata | vm$spr$rdata;
        if (mem_gpr_spr & ~|mem_insn$q[(32'h10)+:(5)]) begin
            mem_spr = mem_b$q;
        end
        immu$enable = ctrl$sr_ime;
        immu$sm = ctrl$sr_sm;
        immu$next_vaddr = fetch$pc_next;
        immu$write = 1'b0;
        immu$flush = vm$tlb_flush;
        dmmu$flush = vm$tlb_flush;
        vm$ifetch$pa = immu$xlate$paddr;
        fetch$fault_pa = immu$xlate$paddr;
        fetch$immu$ready = immu$xlate$ready;
        fetch$immu$hit = immu$xlate$hit;
        fetch$immu$allowed = immu$xlate$allowed;
        fetch$immu$paddr = vm$ifetch$hpa;
        fetch$immu$ci = immu$xlate$ci;
        fetch$immu$fault = immu$xlate$fault | (immu$xlate$ready & (vm$ifetch$vmexit | vm$ifetch$blocked));
        fetch$immu$fault_vec = immu$xlate$fault_vec;
        if (~immu$xlate$fault) begin
            if (vm$ifetch$vmexit) begin
                fetch$immu$fault_vec = k_vec_vmexit;
            end
            else begin
                fetch$immu$fault_vec = k_vec_bus;
            end
        end
        fetch$origin = ctrl$origin;
        icache$enable = ctrl$sr_ice;
        icache$f_ci = immu$xlate$ci;
        fetch$cached = ctrl$sr_ice & ~immu$xlate$ci;
        dmmu$enable = ctrl$sr_dme;
        dmmu$sm = ctrl$sr_sm;
        dmmu$write = mem_st$q;
        lsu$origin = ctrl$origin;
        dcache$enable = ctrl$sr_dce;
        id_dec$insn = fetch$id_insn;
        rf$ra_addr = id_dec$ra;
        rf$rb_addr = id_dec$rb;
        rf$we = wb_valid$q & wb_we$q;
        rf$waddr = wb_rd$q;
        rf$wdata = wb_val$q;
        if (vm$busy) begin
            rf$ra_addr = vm$rf_raddr;
        end
        if (vm$rf_we) begin
            rf$we = 1'b1;
            rf$waddr = vm$rf_waddr;
            rf$wdata = vm$rf_wdata;
        end
        vm$rf_rdata = rf$ra_data;
        ex_ok = ex_valid$q & ~ex_exc$q;
        exu$insn = ex_insn$q;
        exu$ok = ex_ok;
        exu$pc = ex_pc$q;
        exu$a = ex_a$q;
        exu$b = ex_b$q;
        exu$ds = ex_ds$q;
        exu$br_next = br_next$q;
        exu$cyc = ex_cyc$q;
        exu$ds_ready = fetch$id_valid;
        exu$sr_f = ctrl$sr_f;
        exu$sr_cy = ctrl$sr_cy;
        exu$sr_ove = ctrl$sr_ove;
        exu$mac_ov = mac$ov;
        exu$mac_lo = mac$lo;
        mac$prod = exu$prod;
        mac$msb = exu$msb;
        mem_ok = mem_valid$q & ~mem_exc$q;
        mem_late = mem_ld$q | mem_mfspr$q;
        mem_swa_hit$d = resv_valid$q & (resv_addr$q == mem_ea$q);
        mem_swa_align = mem_ok & mem_swa$q & mem_age$q & mem_swa_hit$q & |mem_ea$q[(32'h0)+:(2)];
        mem_access = mem_ok & (mem_ld$q | (mem_st$q & ~mem_swa$q) | (mem_swa$q & mem_age$q & mem_swa_hit$q & ~|mem_ea$q[(32'h0)+:(2)] & (~mem_swa_wr$q | mem_swa_eq$q)));
        vm$d_mem$pa = dmmu$xlate$paddr;
        if (~mem_age$q) begin
            mem_xl_paddr$d = vm$d_mem$hpa;
            mem_xl_gpa$d = dmmu$xlate$paddr;
            mem_xl_rg_exit$d = vm$d_mem$vmexit;
            mem_xl_rg_blk$d = vm$d_mem$blocked;
            mem_xl_ci$d = dmmu$xlate$ci;
            mem_xl_fault$d = dmmu$xlate$fault;
            mem_xl_vec$d = dmmu$xlate$fault_vec;
        end
        mem_pa = mem_rg_hpa$q;
        mem_ci = |(mem_ea$q & k_uncached);
        mem_rg_exit_now = mem_rg_exit$q;
        mem_rg_blk_now = mem_rg_blk$q;
        mem_rg_gpa = mem_ea$q;
        if (ctrl$sr_dme) begin
            mem_pa = mem_xl_paddr$q;
            mem_ci = mem_xl_ci$q;
            mem_rg_exit_now = mem_xl_rg_exit$q;
            mem_rg_blk_now = mem_xl_rg_blk$q;
            mem_rg_gpa = mem_xl_gpa$q;
        end
        dcache$l_ci = mem_ci;
        dcache$l_pre_adr = exu$ea;
        if (mem_valid$q & (mem_ld$q | mem_st$q) & ctrl$sr_dce & ~mem_ci & (mem_age$q | ctrl$sr_dme)) begin
            dcache$l_pre_adr = mem_ea$q;
        end
        mem_xl_wait = mem_access & ctrl$sr_dme & ~mem_age$q;
        mem_tlb_fault = mem_access & ctrl$sr_dme & mem_age$q & mem_xl_fault$q;
        mem_rg_fault = mem_access & ~mem_xl_wait & ~mem_tlb_fault & (mem_rg_exit_now | mem_rg_blk_now);
        lsu$req = mem_access & ~mem_xl_wait & ~mem_tlb_fault & ~mem_rg_fault;
        lsu$we = mem_st$q & (~mem_swa$q | mem_swa_wr$q);
        lsu$addr = mem_pa;
        lsu$size = mem_size$q;
        lsu$sgn = mem_lsgn$q;
        lsu$wdata = mem_b$q;
        lsu$fwd_word = dcache$l_word;
        mem_busy = mem_access & ~mem_tlb_fault & ~mem_rg_fault & ~lsu$done & ~lsu$err;
        if (mem_spr_busy | (mem_ok & mem_swa$q & ~mem_age$q)) begin
            mem_busy = 1'b1;
        end
        mem_swa_ok = 1'b0;
        if (mem_swa$q & mem_access & ~mem_swa_wr$q & lsu$done) begin
            mem_busy = 1'b1;
            mem_swa_wr$d = 1'b1;
            mem_swa_eq$d = lsu$rword == resv_val$q;
        end
        if (mem_swa$q & mem_swa_wr$q & lsu$done) begin
            mem_swa_ok = 1'b1;
        end
        mem_store_done = mem_st$q & lsu$done & (~mem_swa$q | mem_swa_wr$q);
        mem_commit = mem_valid$q & ~mem_busy;
        ctrl$mem_valid = mem_valid$q;
        ctrl$mem_pc = mem_pc$q;
        ctrl$mem_npc = mem_npc$q;
        ctrl$mem_ds = mem_ds$q;
        ctrl$mem_ea = mem_ea$q;
        ctrl$mem_b = mem_b$q;
        ctrl$mfspr = mem_mfspr$q;
        ctrl$mtspr = mem_mtspr$q;
        ctrl$rfe = mem_rfe$q;
        ctrl$swa = mem_swa$q;
        ctrl$branch = mem_br$q;
        ctrl$refetch = mem_mfspr$q & immu$spr$hit;
        ctrl$commit = mem_commit;
        ctrl$spr_busy = mem_spr_busy;
        ctrl$exc = mem_exc$q;
        ctrl$exc_vec = mem_vec$q;
        ctrl$exc_eear_we = mem_eear_we$q;
        ctrl$exc_eear = mem_eear$q;
        ctrl$swa_align = mem_swa_align;
        ctrl$dmmu_fault = mem_tlb_fault;
        ctrl$dmmu_vec = mem_xl_vec$q;
        ctrl$bus_err = lsu$err | (mem_rg_fault & mem_rg_blk_now);
        ctrl$rg_exit = mem_rg_fault & mem_rg_exit_now;
        ctrl$rg_gpa = mem_rg_gpa;
        ctrl$rg_write = mem_st$q;
        mem_nop_exit = (mem_insn$q[(32'h18)+:(8)] == k_nop_hi) & (mem_insn$q[(32'h0)+:(16)] == k_nop_exit);
        ctrl$smc = mem_smc$q;
        ctrl$vmcall = mem_vmcall$q;
        ctrl$vmenter = mem_vmenter$q;
        ctrl$nop_exit = mem_nop_exit;
        ctrl$gtick_irq = gtick$irq;
        ctrl$vmcr = vm$vmcr;
        ctrl$w_monitor = vm$monitor;
        ctrl$w_guest = vm$guest;
        ctrl$w_host = vm$host;
        ctrl$vm_smepcr = vm$smepcr;
        ctrl$vm_smesr = vm$smesr;
        ctrl$vm_host_sr = vm$host_sr;
        ctrl$vm_host_eear = vm$host_eear;
        ctrl$vm_host_pc = vm$host_pc;
        ctrl$vm_enter_code = vm$enter_code;
        ctrl$vm_exit_done = vm$exit_done;
        ctrl$vm_enter_done = vm$enter_done;
        ctrl$vm_r_pc = vm$r_pc;
        ctrl$vm_r_sr = vm$r_sr;
        ctrl$vm_r_epcr = vm$r_epcr;
        ctrl$vm_r_eear = vm$r_eear;
        ctrl$vm_r_esr = vm$r_esr;
        vm$sr = ctrl$g_sr;
        vm$epcr = ctrl$g_epcr;
        vm$eear = ctrl$g_eear;
        vm$esr = ctrl$g_esr;
        vm$caller_sr = ctrl$sr;
        vm$smc = ctrl$vm_smc;
        vm$pc = mem_pc$q;
        vm$smret = ctrl$vm_smret;
        vm$enter_vmid = mem_a$q;
        vm$enter_answer = mem_b$q;
        vm$enter = ctrl$vm_enter;
        vm$exit = ctrl$vm_exit;
        vm$exit_cause = ctrl$vm_exit_cause;
        vm$exit_info0 = ctrl$vm_exit_info0;
        vm$exit_info1 = ctrl$vm_exit_info1;
        vm$exit_pc = ctrl$vm_exit_pc;
        vm$maclo = mac$lo;
        vm$machi = mac$hi;
        vm$ttmr = gtick$ttmr;
        vm$ttcr = gtick$ttcr;
        mac$load = vm$enter_done;
        mac$load_lo = vm$r_maclo;
        mac$load_hi = vm$r_machi;
        ctrl$swa_ok = mem_swa_ok;
        ctrl$tick_irq = tick$irq;
        ctrl$ext_irq = pic$irq;
        mem_value = mem_result$q;
        if (mem_ld$q) begin
            mem_value = lsu$rdata;
        end
        if (mem_mfspr$q) begin
            mem_value = mem_spr;
        end
        mem_rd_we = mem_wr$q;
        if (mem_vmenter$q) begin
            mem_value = vm$enter_code;
            mem_rd_we = |vm$enter_code;
        end
        mem_gpr_wr = mem_ok & mem_mtspr$q & ~ctrl$trap & mem_gpr_spr;
        if (mem_gpr_wr) begin
            mem_rd_we = 1'b1;
        end
        if (ctrl$trap & (ctrl$tvec != k_vec_range)) begin
            mem_rd_we = 1'b0;
        end
        if (mem_valid$q & mem_lwa$q) begin
            resv_addr$d = mem_ea$q;
            resv_val$d = lsu$rword;
        end
        if (mem_commit) begin
            if (~ctrl$trap & mem_swa$q) begin
                resv_valid$d = 1'b0;
            end
            if (~ctrl$trap & mem_lwa$q) begin
                resv_valid$d = 1'b1;
            end
            if (ctrl$trap | ctrl$intr) begin
                resv_valid$d = 1'b0;
            end
        end
        ex_move = ex_valid$q & ~exu$busy & (~mem_valid$q | mem_commit);
        ex_advance = ex_move & ~ctrl$flush;
        ex_write = ex_advance & ex_ok & ~exu$misaligned;
        ctrl$ex_f_we = ex_write & exu$f_we;
        ctrl$ex_f = exu$f;
        ctrl$ex_cy_we = ex_write & exu$cy_we;
        ctrl$ex_cy = exu$cy;
        ctrl$ex_ov_we = ex_write & exu$ov_we;
        ctrl$ex_ov = exu$ov;
        mac$acc_we = ex_write & exu$acc_we;
        mac$clr = (ex_write & exu$acc_clr) | ctrl$vm_exit;
        if (ex_advance & exu$branch) begin
            br_next$d = ex_pc$q + 32'h8;
            if (exu$taken) begin
                br_next$d = exu$target;
            end
        end
        mem_age$d = ~ex_move;
        vm$d_ex$pa = exu$ea;
        if (ex_mtspr$q) begin
            vm$d_ex$pa = ex_b$q;
        end
        dmmu$next_vaddr = exu$ea;
        id_rb = id_dec$rb;
        id_op_a = rf$ra_data;
        id_stall_a = 1'b0;
        if (wb_valid$q & wb_we$q & (wb_rd$q == id_dec$ra)) begin
            id_op_a = wb_val$q;
        end
        if (mem_valid$q & mem_wr$q & (mem_rd$q == id_dec$ra)) begin
            id_op_a = mem_result$q;
            id_stall_a = mem_late;
            if (mem_ld$q & dcache$l_hit) begin
                id_op_a = lsu$fwd_data;
                id_stall_a = 1'b0;
            end
        end
        if (exu$wr & (exu$rd == id_dec$ra)) begin
            id_op_a = exu$result;
            id_stall_a = ~exu$res_ok;
        end
        if (~|id_dec$ra) begin
            id_op_a = 32'h0;
            id_stall_a = 1'b0;
        end
        id_op_b = rf$rb_data;
        id_stall_b = 1'b0;
        if (wb_valid$q & wb_we$q & (wb_rd$q == id_rb)) begin
            id_op_b = wb_val$q;
        end
        if (mem_valid$q & mem_wr$q & (mem_rd$q == id_rb)) begin
            id_op_b = mem_result$q;
            id_stall_b = mem_late;
            if (mem_ld$q & dcache$l_hit) begin
                id_op_b = lsu$fwd_data;
                id_stall_b = 1'b0;
            end
        end
        if (exu$wr & (exu$rd == id_rb)) begin
            id_op_b = exu$result;
            id_stall_b = ~exu$res_ok;
        end
        if (~|id_rb) begin
            id_op_b = 32'h0;
            id_stall_b = 1'b0;
        end
        id_hazard = (id_dec$uses_ra & id_stall_a) | (id_dec$uses_rb & id_stall_b);
        id_advance = fetch$id_valid & ~vm$busy & ~ctrl$halted & ~id_hazard & (~ex_valid$q | ex_move);
        id_exc = fetch$id_fault | id_dec$illegal | id_dec$sys | id_dec$trap;
        id_vec = fetch$id_fault_vec;
        if (~fetch$id_fault) begin
            if (id_dec$illegal) begin
                id_vec = k_vec_illegal;
            end
            else if (id_dec$sys) begin
                id_vec = k_vec_sys;
            end
            else begin
                id_vec = k_vec_trap;
            end
        end
        fetch$id_advance = id_advance;
        fetch$flush_id = ctrl$flush;
        fetch$hold = vm$busy | ctrl$halted;
        id_pred = fetch$id_valid & ~fetch$id_fault & ~ds_next$q & id_dec$branch & ~id_dec$br_reg & ((~id_dec$br_if_f & ~id_dec$br_if_nf) | fetch$id_insn[32'h19]);
        id_pred_pc = fetch$id_pc + id_dec$br_off;
        fetch$pred = id_pred;
        fetch$pred_pc = id_pred_pc;
        br_redirect = exu$taken ^ ex_pred$q;
        if (~ex_ok) begin
            br_redirect = 1'b0;
        end
        br_go = br_redirect & fetch$id_valid & ~br_done$q;
        if (br_go) begin
            br_done$d = 1'b1;
        end
        if (ex_move | ctrl$flush | reset) begin
            br_done$d = 1'b0;
        end
        fetch$redirect = ctrl$refill | br_go;
        fetch$redirect_pc = exu$target;
        if (ex_pred$q) begin
            fetch$redirect_pc = ex_pc$q + 32'h8;
        end
        if (ctrl$refill) begin
            fetch$redirect_pc = ctrl$refill_pc;
        end
        icache$f_redirect = fetch$ic_redirect;
        icache$f_redirect_adr = fetch$ic_redirect_adr;
        icache$f_jump = fetch$ic_jump;
        icache$f_jump_adr = fetch$ic_jump_adr;
        if (id_advance) begin
            ex_valid$d = 1'b1;
            ex_pc$d = fetch$id_pc;
            ex_insn$d = fetch$id_insn;
            ex_a$d = id_op_a;
            ex_b$d = id_op_b;
            ex_ds$d = ds_next$q;
            ex_pred$d = id_pred;
            ex_exc$d = id_exc;
            ex_vec$d = id_vec;
            ex_cyc$d = 32'h0;
            ex_ld$d = id_dec$load;
            ex_st$d = id_dec$store;
            ex_swa$d = id_dec$swa;
            ex_mfspr$d = id_dec$mfspr;
            ex_mtspr$d = id_dec$mtspr;
            ex_rfe$d = id_dec$rfe;
            ex_br$d = id_dec$branch;
            ex_lwa$d = id_dec$lwa;
            ex_lsgn$d = id_dec$load_signed;
            ex_size$d = id_dec$size;
            ex_smc$d = id_dec$smc;
            ex_vmcall$d = id_dec$vmcall;
            ex_vmenter$d = id_dec$vmenter;
            ex_fpa$d = fetch$id_fault_pa;
            ds_next$d = id_dec$branch & ~id_exc;
        end
        else begin
            if (ex_move) begin
                ex_valid$d = 1'b0;
            end
            if (ex_cyc$q != 32'h3f) begin
                ex_cyc$d = ex_cyc$q + 32'h1;
            end
        end
        if (ex_move) begin
            mem_valid$d = 1'b1;
            mem_pc$d = ex_pc$q;
            mem_insn$d = ex_insn$q;
            mem_npc$d = exu$npc;
            mem_ds$d = ex_ds$q;
            mem_a$d = ex_a$q;
            mem_b$d = ex_b$q;
            mem_result$d = exu$result;
            mem_ea$d = exu$ea;
            mem_wr$d = exu$wr & ~exu$misaligned;
            mem_rd$d = exu$rd;
            mem_swa_wr$d = 1'b0;
            mem_ld$d = ex_ld$q;
            mem_st$d = ex_st$q;
            mem_swa$d = ex_swa$q;
            mem_mfspr$d = ex_mfspr$q;
            mem_mtspr$d = ex_mtspr$q;
            mem_rfe$d = ex_rfe$q;
            mem_br$d = ex_br$q;
            mem_lwa$d = ex_lwa$q;
            mem_lsgn$d = ex_lsgn$q;
            mem_size$d = ex_size$q;
            mem_smc$d = ex_smc$q;
            mem_vmcall$d = ex_vmcall$q;
            mem_vmenter$d = ex_vmenter$q;
            mem_rg_hpa$d = vm$d_ex$hpa;
            mem_rg_exit$d = vm$d_ex$vmexit;
            mem_rg_blk$d = vm$d_ex$blocked;
            if (ex_vmenter$q) begin
                mem_rd$d = 32'hb;
            end
            mem_exc$d = ex_exc$q | exu$misaligned | exu$range;
            mem_vec$d = ex_vec$q;
            mem_eear_we$d = ex_exc$q & ((ex_vec$q == k_vec_bus) | (ex_vec$q == k_vec_align) | (ex_vec$q == k_vec_illegal) | (ex_vec$q == k_vec_itlb) | (ex_vec$q == k_vec_ipf) | (ex_vec$q == k_vec_vmexit));
            mem_eear$d = ex_pc$q;
            if (ex_vec$q == k_vec_vmexit) begin
                mem_eear$d = ex_fpa$q;
            end
            if (ex_ok) begin
                if (exu$misaligned) begin
                    mem_vec$d = k_vec_align;
                    mem_eear_we$d = 1'b1;
                    mem_eear$d = exu$ea;
                    if (exu$jmisaligned) begin
                        mem_eear$d = ex_pc$q;
                    end
                end
                else if (exu$range) begin
                    mem_vec$d = k_vec_range;
                end
            end
        end
        else if (mem_commit) begin
            mem_valid$d = 1'b0;
        end
        wb_valid$d = mem_commit;
        wb_pc$d = mem_pc$q;
        wb_insn$d = mem_insn$q;
        wb_we$d = mem_rd_we;
        wb_rd$d = mem_rd$q;
        wb_val$d = mem_value;
        wb_hide_rd$d = mem_mtspr$q & mem_gpr_spr;
        if (mem_mtspr$q & mem_gpr_spr) begin
            wb_rd$d = mem_ea$q[(32'h0)+:(5)];
            wb_val$d = mem_b$q;
        end
        wb_sr$d = ctrl$sr_commit;
        wb_mw$d = mem_store_done & ~ctrl$trap;
        wb_mw_addr$d = mem_pa;
        wb_mw_size$d = mem_size$q;
        wb_mw_data$d = mem_b$q;
        if (mem_size$q == 32'h1) begin
            wb_mw_data$d = mem_b$q & 64'hff;
        end
        if (mem_size$q == 32'h2) begin
            wb_mw_data$d = mem_b$q & 64'hffff;
        end
        wb_exc$d = ctrl$trap;
        wb_vec$d = ctrl$tvec;
        wb_ret$d = ~ctrl$trap;
        if (ctrl$vm_exit & ~ctrl$intr) begin
            wb_exc$d = 1'b1;
            wb_vec$d = k_vec_vmexit;
        end
        wb_r3$d = mem_a$q;
        if (mem_commit & ctrl$intr) begin
            intr_pend$d = 1'b1;
            intr_pc$d = mem_npc$q;
            intr_vec$d = ctrl$ivec;
            intr_sr$d = ctrl$sr_next;
        end
        else if (~wb_valid$q) begin
            intr_pend$d = 1'b0;
        end
        if (ctrl$flush) begin
            ex_valid$d = 1'b0;
            mem_valid$d = 1'b0;
            ds_next$d = 1'b0;
        end
        if (reset) begin
            resv_valid$d = 1'b0;
            ds_next$d = 1'b0;
            ex_valid$d = 1'b0;
            mem_valid$d = 1'b0;
            wb_valid$d = 1'b0;
            intr_pend$d = 1'b0;
        end
        perf$issued = id_advance;
        perf$retired = wb_valid$q & wb_ret$q;
        perf$imiss = icache$miss;
        perf$dmiss = dcache$miss;
        perf$st_mem = ex_valid$q & ~ex_move & ~exu$busy;
        perf$st_fetch = ~perf$st_mem & ~fetch$id_valid;
        perf$st_ex = fetch$id_valid & ex_valid$q & exu$busy;
        perf$st_hazard = fetch$id_valid & id_hazard & (~ex_valid$q | ex_move);
        perf$br_pred = id_pred & id_advance;
        perf$br_redirect = br_go;
        rt_valid = wb_valid$q | intr_pend$q;
        rt_pc = wb_pc$q;
        rt_insn = wb_insn$q;
        rt_rd_we = wb_we$q & |wb_rd$q & ~wb_hide_rd$q;
        rt_rd = wb_rd$q;
        rt_rd_val = wb_val$q;
        rt_sr = wb_sr$q;
        rt_mw_valid = wb_mw$q;
        rt_mw_addr = wb_mw_addr$q;
        rt_mw_size = wb_mw_size$q;
        rt_mw_data = wb_mw_data$q;
        rt_exc_valid = wb_exc$q;
        rt_exc_vec = wb_vec$q;
        rt_intr = 1'b0;
        rt_r3 = wb_r3$q;
        if (~wb_valid$q) begin
            rt_pc = intr_pc$q;
            rt_insn = 32'h0;
            rt_rd_we = 1'b0;
            rt_sr = intr_sr$q;
            rt_mw_valid = 1'b0;
            rt_exc_valid = 1'b1;
            rt_exc_vec = intr_vec$q;
            rt_intr = 1'b1;
        end
    end
    
    always @(*) icache$f$adr = fetch$iwb$adr;
    always @(*) icache$f$dat_w = fetch$iwb$dat_w;
    always @(*) icache$f$sel = fetch$iwb$sel;
    always @(*) icache$f$we = fetch$iwb$we;
    always @(*) icache$f$cyc = fetch$iwb$cyc;
    always @(*) icache$f$stb = fetch$iwb$stb;
    always @(*) icache$f$cti = fetch$iwb$cti;
    always @(*) icache$f$bte = fetch$iwb$bte;
    always @(*) icache$f$tga = fetch$iwb$tga;
    always @(*) fetch$iwb$dat_r = icache$f$dat_r;
    always @(*) fetch$iwb$ack = icache$f$ack;
    always @(*) fetch$iwb$err = icache$f$err;
    always @(*) dcache$l$adr = lsu$dwb$adr;
    always @(*) dcache$l$dat_w = lsu$dwb$dat_w;
    always @(*) dcache$l$sel = lsu$dwb$sel;
    always @(*) dcache$l$we = lsu$dwb$we;
    always @(*) dcache$l$cyc = lsu$dwb$cyc;
    always @(*) dcache$l$stb = lsu$dwb$stb;
    always @(*) dcache$l$cti = lsu$dwb$cti;
    always @(*) dcache$l$bte = lsu$dwb$bte;
    always @(*) dcache$l$tga = lsu$dwb$tga;
    always @(*) lsu$dwb$dat_r = dcache$l$dat_r;
    always @(*) lsu$dwb$ack = dcache$l$ack;
    always @(*) lsu$dwb$err = dcache$l$err;
endmodule // top$core


module top$core$br_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$br_done


module top$core$br_next(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$br_next


module top$core$ctrl(clock,reset,mem_valid,mem_pc,mem_npc,mem_ds,mem_ea,mem_b,mfspr,mtspr,rfe,swa,branch,refetch,commit,spr_busy,exc,exc_vec,exc_eear_we,exc_eear,swa_align,dmmu_fault,dmmu_vec,bus_err,swa_ok,tick_irq,ext_irq,smc,vmcall,vmenter,nop_exit,rg_exit,rg_gpa,rg_write,gtick_irq,vmcr,w_monitor,w_guest,w_host,vm_smepcr,vm_smesr,vm_host_sr,vm_host_eear,vm_host_pc,vm_enter_code,vm_exit_done,vm_enter_done,vm_r_pc,vm_r_sr,vm_r_epcr,vm_r_eear,vm_r_esr,vm_smc,vm_smret,vm_enter,vm_exit,vm_exit_cause,vm_exit_info0,vm_exit_info1,vm_exit_pc,g_sr,g_epcr,g_eear,g_esr,halted,ex_f_we,ex_f,ex_cy_we,ex_cy,ex_ov_we,ex_ov,spr_addr,spr_wdata,spr_rreq,spr_wreq,spr_we,spr_rdata,priv_fault,trap,tvec,intr,ivec,sr_commit,sr_next,flush,refill,refill_pc,origin,sr,sr_sm,sr_f,sr_cy,sr_ove,sr_dme,sr_ime,sr_dce,sr_ice);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  mem_valid;
    input wire  [31:0] mem_pc;
    input wire  [31:0] mem_npc;
    input wire  mem_ds;
    input wire  [31:0] mem_ea;
    input wire  [31:0] mem_b;
    input wire  mfspr;
    input wire  mtspr;
    input wire  rfe;
    input wire  swa;
    input wire  branch;
    input wire  refetch;
    input wire  commit;
    input wire  spr_busy;
    input wire  exc;
    input wire  [31:0] exc_vec;
    input wire  exc_eear_we;
    input wire  [31:0] exc_eear;
    input wire  swa_align;
    input wire  dmmu_fault;
    input wire  [31:0] dmmu_vec;
    input wire  bus_err;
    input wire  swa_ok;
    input wire  tick_irq;
    input wire  ext_irq;
    input wire  smc;
    input wire  vmcall;
    input wire  vmenter;
    input wire  nop_exit;
    input wire  rg_exit;
    input wire  [31:0] rg_gpa;
    input wire  rg_write;
    input wire  gtick_irq;
    input wire  [7:0] vmcr;
    input wire  w_monitor;
    input wire  w_guest;
    input wire  w_host;
    input wire  [31:0] vm_smepcr;
    input wire  [31:0] vm_smesr;
    input wire  [31:0] vm_host_sr;
    input wire  [31:0] vm_host_eear;
    input wire  [31:0] vm_host_pc;
    input wire  [31:0] vm_enter_code;
    input wire  vm_exit_done;
    input wire  vm_enter_done;
    input wire  [31:0] vm_r_pc;
    input wire  [31:0] vm_r_sr;
    input wire  [31:0] vm_r_epcr;
    input wire  [31:0] vm_r_eear;
    input wire  [31:0] vm_r_esr;
    output reg  vm_smc;
    output reg  vm_smret;
    output reg  vm_enter;
    output reg  vm_exit;
    output reg  [31:0] vm_exit_cause;
    output reg  [31:0] vm_exit_info0;
    output reg  [31:0] vm_exit_info1;
    output reg  [31:0] vm_exit_pc;
    output reg  [31:0] g_sr;
    output reg  [31:0] g_epcr;
    output reg  [31:0] g_eear;
    output reg  [31:0] g_esr;
    output reg  halted;
    input wire  ex_f_we;
    input wire  ex_f;
    input wire  ex_cy_we;
    input wire  ex_cy;
    input wire  ex_ov_we;
    input wire  ex_ov;
    output reg  [31:0] spr_addr;
    output reg  [31:0] spr_wdata;
    output reg  spr_rreq;
    output reg  spr_wreq;
    output reg  spr_we;
    output reg  [31:0] spr_rdata;
    output reg  priv_fault;
    output reg  trap;
    output reg  [31:0] tvec;
    output reg  intr;
    output reg  [31:0] ivec;
    output reg  [31:0] sr_commit;
    output reg  [31:0] sr_next;
    output reg  flush;
    output reg  refill;
    output reg  [31:0] refill_pc;
    output reg  [7:0] origin;
    output reg  [31:0] sr;
    output reg  sr_sm;
    output reg  sr_f;
    output reg  sr_cy;
    output reg  sr_ove;
    output reg  sr_dme;
    output reg  sr_ime;
    output reg  sr_dce;
    output reg  sr_ice;
    
    // Constant declarations
    localparam  k_enabled = 1'b0;
    localparam  k_vec_vmexit = 32'hf00;
    localparam  k_sm_call = 32'hc0000c00;
    localparam  k_spr_vmcr = 32'hc000;
    localparam  k_spr_vmexit = 32'hc001;
    localparam  k_spr_info_last = 32'hc007;
    localparam  k_exit_tick = 32'h1;
    localparam  k_exit_ext = 32'h2;
    localparam  k_exit_vmcall = 32'h3;
    localparam  k_exit_region = 32'h4;
    localparam  k_exit_halt = 32'h5;
    localparam  k_exit_fault = 32'h6;
    localparam  k_acc_read = 32'h0;
    localparam  k_acc_write = 32'h1;
    localparam  k_acc_exec = 32'h2;
    localparam  k_vec_illegal = 32'h700;
    localparam  k_vec_align = 32'h600;
    localparam  k_vec_bus = 32'h200;
    localparam  k_vec_sys = 32'hc00;
    localparam  k_vec_tick = 32'h500;
    localparam  k_vec_ext = 32'h800;
    localparam  k_vec_base_eph = 32'hf0000000;
    localparam  k_sr_sm = 32'h1;
    localparam  k_sr_tee = 32'h2;
    localparam  k_sr_iee = 32'h4;
    localparam  k_sr_dce = 32'h8;
    localparam  k_sr_ice = 32'h10;
    localparam  k_sr_dme = 32'h20;
    localparam  k_sr_ime = 32'h40;
    localparam  k_sr_f = 32'h200;
    localparam  k_sr_cy = 32'h400;
    localparam  k_sr_ov = 32'h800;
    localparam  k_sr_ove = 32'h1000;
    localparam  k_sr_dsx = 32'h2000;
    localparam  k_sr_eph = 32'h4000;
    localparam  k_sr_fo = 32'h8000;
    localparam  k_sr_sumra = 32'h10000;
    localparam  k_user_spr_last = 32'h8;
    localparam  k_sr_writable = 32'h1dfff;
    localparam  k_sr_reset = 32'h8001;
    localparam  k_spr_vr = 32'h0;
    localparam  k_spr_upr = 32'h1;
    localparam  k_spr_cpucfgr = 32'h2;
    localparam  k_spr_npc = 32'h10;
    localparam  k_spr_sr = 32'h11;
    localparam  k_spr_ppc = 32'h12;
    localparam  k_spr_epcr = 32'h20;
    localparam  k_spr_eear = 32'h30;
    localparam  k_spr_esr = 32'h40;
    localparam  k_vr_value = 32'h13000008;
    localparam  k_upr_value = 32'h53f;
    localparam  k_cpucfgr_value = 32'h20;
    localparam  k_tga_supervisor = 8'h1;
    
    // Stub signals
    reg  [31:0] sr_q$d;
    wire  [31:0] sr_q$q;
    reg  sr_q$clock;
    reg  halted_q$d;
    wire  halted_q$q;
    reg  halted_q$clock;
    reg  [31:0] epcr$d;
    wire  [31:0] epcr$q;
    reg  epcr$clock;
    reg  [31:0] eear$d;
    wire  [31:0] eear$q;
    reg  eear$clock;
    reg  [31:0] esr$d;
    wire  [31:0] esr$q;
    reg  esr$clock;
    reg  refill_q$d;
    wire  refill_q$q;
    reg  refill_q$clock;
    reg  [31:0] refill_pc_q$d;
    wire  [31:0] refill_pc_q$q;
    reg  refill_pc_q$clock;
    
    // Local signals
    reg  vmx_fault;
    reg  spr_fault;
    reg  [4:0] spr_grp;
    reg  exit_now;
    reg  defer;
    reg  [31:0] g_epcr_n;
    reg  [31:0] g_eear_n;
    reg  [31:0] g_esr_n;
    reg  exit_intr;
    reg  [31:0] exit_intr_cause;
    reg  [31:0] redirect;
    reg  ok;
    reg  user_rd;
    reg  serialize;
    reg  teear_we;
    reg  [31:0] teear;
    reg  [31:0] vec_base;
    reg  [31:0] sr_entry;
    reg  [31:0] sr_c;
    reg  [31:0] sr_n;
    reg  [31:0] sr_ex;
    
    // Sub module instances
    top$core$ctrl$sr_q sr_q(
        .d(sr_q$d),
        .q(sr_q$q),
        .clock(sr_q$clock)
    );
    top$core$ctrl$halted_q halted_q(
        .d(halted_q$d),
        .q(halted_q$q),
        .clock(halted_q$clock)
    );
    top$core$ctrl$epcr epcr(
        .d(epcr$d),
        .q(epcr$q),
        .clock(epcr$clock)
    );
    top$core$ctrl$eear eear(
        .d(eear$d),
        .q(eear$q),
        .clock(eear$clock)
    );
    top$core$ctrl$esr esr(
        .d(esr$d),
        .q(esr$q),
        .clock(esr$clock)
    );
    top$core$ctrl$refill_q refill_q(
        .d(refill_q$d),
        .q(refill_q$q),
        .clock(refill_q$clock)
    );
    top$core$ctrl$refill_pc_q refill_pc_q(
        .d(refill_pc_q$d),
        .q(refill_pc_q$q),
        .clock(refill_pc_q$clock)
    );
    
    // Update code
    always @(*) begin
        sr_q$clock = clock;
        halted_q$clock = clock;
        epcr$clock = clock;
        eear$clock = clock;
        esr$clock = clock;
        refill_q$clock = clock;
        refill_pc_q$clock = clock;
        sr_q$d = sr_q$q;
        halted_q$d = halted_q$q;
        epcr$d = epcr$q;
        eear$d = eear$q;
        esr$d = esr$q;
        refill_q$d = refill_q$q;
        refill_pc_q$d = refill_pc_q$q;
        sr = sr_q$q;
        sr_sm = |(sr_q$q & k_sr_sm);
        sr_f = |(sr_q$q & k_sr_f);
        sr_cy = |(sr_q$q & k_sr_cy);
        sr_ove = |(sr_q$q & k_sr_ove);
        sr_dme = |(sr_q$q & k_sr_dme);
        sr_ime = |(sr_q$q & k_sr_ime);
        sr_dce = |(sr_q$q & k_sr_dce);
        sr_ice = |(sr_q$q & k_sr_ice);
        origin = vmcr;
        if (sr_sm) begin
            origin = vmcr | k_tga_supervisor;
        end
        halted = halted_q$q;
        ok = mem_valid & ~exc;
        user_rd = mfspr & |(sr_q$q & k_sr_sumra) & (mem_ea <= k_user_spr_last);
        vmx_fault = (smc & ~(k_enabled & ~w_monitor)) | (vmcall & ~(k_enabled & w_guest)) | (vmenter & ~(k_enabled & w_host));
        spr_grp = mem_ea[(32'hb)+:(5)];
        spr_fault = 1'b0;
        if (k_enabled & (mfspr | mtspr) & ~w_monitor) begin
            if (spr_grp == 32'h18) begin
                spr_fault = (mem_ea != k_spr_vmcr) & ~(w_host & mfspr & (mem_ea >= k_spr_vmexit) & (mem_ea <= k_spr_info_last));
            end
            if (w_guest & ((spr_grp == 32'h8) | (spr_grp == 32'h9))) begin
                spr_fault = 1'b1;
            end
        end
        priv_fault = ok & ((((mfspr | mtspr | rfe | smc | vmcall | vmenter) & ~|(sr_q$q & k_sr_sm) & ~user_rd) | ((smc | vmcall | vmenter) & (mem_ds | vmx_fault))) | spr_fault);
        spr_addr = mem_ea;
        spr_wdata = mem_b;
        spr_rreq = ok & mfspr & ~priv_fault;
        spr_wreq = ok & mtspr & ~priv_fault;
        trap = exc;
        tvec = exc_vec;
        teear_we = exc_eear_we;
        teear = exc_eear;
        if (ok) begin
            if (priv_fault) begin
                trap = 1'b1;
                tvec = k_vec_illegal;
                teear_we = 1'b1;
                teear = mem_pc;
            end
            else if (swa_align) begin
                trap = 1'b1;
                tvec = k_vec_align;
                teear_we = 1'b1;
                teear = mem_ea;
            end
            else if (dmmu_fault) begin
                trap = 1'b1;
                tvec = dmmu_vec;
                teear_we = 1'b1;
                teear = mem_ea;
            end
            else if (rg_exit) begin
                trap = 1'b1;
                tvec = k_vec_vmexit;
                teear_we = 1'b1;
                teear = rg_gpa;
            end
            else if (bus_err) begin
                trap = 1'b1;
                tvec = k_vec_bus;
                teear_we = 1'b1;
                teear = mem_ea;
            end
        end
        spr_we = ok & mtspr & ~priv_fault & ~spr_busy;
        spr_rdata = 32'h0;
        if (mem_ea == k_spr_vr) begin
            spr_rdata = k_vr_value;
        end
        if (mem_ea == k_spr_upr) begin
            spr_rdata = k_upr_value;
        end
        if (mem_ea == k_spr_cpucfgr) begin
            spr_rdata = k_cpucfgr_value;
        end
        if (mem_ea == k_spr_npc) begin
            spr_rdata = mem_npc;
        end
        if (mem_ea == k_spr_sr) begin
            spr_rdata = sr_q$q;
        end
        if (mem_ea == k_spr_ppc) begin
            spr_rdata = mem_pc;
        end
        if (mem_ea == k_spr_epcr) begin
            spr_rdata = epcr$q;
        end
        if (mem_ea == k_spr_eear) begin
            spr_rdata = eear$q;
        end
        if (mem_ea == k_spr_esr) begin
            spr_rdata = esr$q;
        end
        vec_base = 32'h0;
        if (|(sr_q$q & k_sr_eph)) begin
            vec_base = k_vec_base_eph;
        end
        serialize = ok & (rfe | mtspr | swa | refetch | smc | vmcall | vmenter | (nop_exit & w_guest));
        sr_entry = (sr_q$q | k_sr_sm) & ~(k_sr_iee | k_sr_tee | k_sr_dme | k_sr_ime | k_sr_ove | k_sr_dsx);
        redirect = mem_npc;
        sr_c = sr_q$q;
        g_epcr_n = epcr$q;
        g_eear_n = eear$q;
        g_esr_n = esr$q;
        flush = 1'b0;
        intr = 1'b0;
        ivec = k_vec_tick;
        exit_now = 1'b0;
        exit_intr = 1'b0;
        exit_intr_cause = k_exit_tick;
        defer = 1'b0;
        vm_smc = 1'b0;
        vm_smret = 1'b0;
        vm_enter = 1'b0;
        vm_exit_cause = k_exit_region;
        vm_exit_info0 = 32'h0;
        vm_exit_info1 = 32'h0;
        vm_exit_pc = mem_npc;
        if (commit) begin
            if (trap) begin
                flush = 1'b1;
                redirect = vec_base | tvec;
                if (k_enabled & w_monitor) begin
                    defer = 1'b1;
                    halted_q$d = 1'b1;
                end
                else if (w_guest & (tvec == k_vec_vmexit)) begin
                    exit_now = 1'b1;
                    vm_exit_info0 = teear;
                    vm_exit_info1 = k_acc_exec;
                    if (rg_exit) begin
                        vm_exit_info1 = k_acc_read;
                        if (rg_write) begin
                            vm_exit_info1 = k_acc_write;
                        end
                    end
                    vm_exit_pc = mem_pc;
                    if (mem_ds) begin
                        vm_exit_pc = mem_pc - 32'h4;
                    end
                end
                else begin
                    g_esr_n = sr_q$q;
                    sr_c = sr_entry;
                    if (mem_ds) begin
                        sr_c = sr_entry | k_sr_dsx;
                    end
                    if (mem_ds) begin
                        g_epcr_n = mem_pc - 32'h4;
                    end
                    else if (tvec == k_vec_sys) begin
                        g_epcr_n = mem_pc + 32'h4;
                    end
                    else begin
                        g_epcr_n = mem_pc;
                    end
                    if (teear_we) begin
                        g_eear_n = teear;
                    end
                    if (w_guest & ((vec_base | tvec) == mem_pc)) begin
                        exit_now = 1'b1;
                        vm_exit_cause = k_exit_fault;
                        vm_exit_info0 = tvec;
                        vm_exit_pc = mem_pc;
                    end
                end
            end
            else begin
                if (rfe) begin
                    sr_c = esr$q | k_sr_fo;
                    redirect = epcr$q;
                    if (k_enabled & w_monitor) begin
                        sr_c = vm_smesr | k_sr_fo;
                        redirect = vm_smepcr;
                        vm_smret = 1'b1;
                    end
                end
                if (smc) begin
                    sr_c = k_sr_sm | k_sr_fo;
                    redirect = k_sm_call;
                    vm_smc = 1'b1;
                end
                if (vmenter & ~|vm_enter_code) begin
                    vm_enter = 1'b1;
                    defer = 1'b1;
                end
                if (vmcall) begin
                    exit_now = 1'b1;
                    vm_exit_cause = k_exit_vmcall;
                end
                if (nop_exit & w_guest) begin
                    exit_now = 1'b1;
                    vm_exit_cause = k_exit_halt;
                end
                if (spr_we) begin
                    if (mem_ea == k_spr_sr) begin
                        sr_c = (mem_b & k_sr_writable) | (sr_q$q & k_sr_dsx) | k_sr_fo;
                    end
                    if (mem_ea == k_spr_epcr) begin
                        g_epcr_n = mem_b;
                    end
                    if (mem_ea == k_spr_eear) begin
                        g_eear_n = mem_b;
                    end
                    if (mem_ea == k_spr_esr) begin
                        g_esr_n = mem_b;
                    end
                end
                if (swa) begin
                    sr_c = sr_q$q & ~k_sr_f;
                    if (swa_ok) begin
                        sr_c = sr_q$q | k_sr_f;
                    end
                end
                flush = serialize;
                if (~serialize & ~branch) begin
                    if (w_guest) begin
                        if (tick_irq) begin
                            exit_intr = 1'b1;
                        end
                        else if (ext_irq) begin
                            exit_intr = 1'b1;
                            exit_intr_cause = k_exit_ext;
                        end
                        else if (|(sr_q$q & k_sr_tee) & gtick_irq) begin
                            intr = 1'b1;
                        end
                    end
                    else if (|(sr_q$q & k_sr_tee) & tick_irq) begin
                        intr = 1'b1;
                    end
                    else if (|(sr_q$q & k_sr_iee) & ext_irq) begin
                        intr = 1'b1;
                        ivec = k_vec_ext;
                    end
                end
            end
        end
        sr_n = sr_c;
        if (intr) begin
            flush = 1'b1;
            redirect = vec_base | ivec;
            g_esr_n = sr_q$q;
            sr_n = sr_entry;
            g_epcr_n = mem_npc;
        end
        if (exit_intr) begin
            exit_now = 1'b1;
            vm_exit_cause = exit_intr_cause;
            intr = 1'b1;
            ivec = k_vec_vmexit;
        end
        g_sr = sr_n;
        g_epcr = g_epcr_n;
        g_eear = g_eear_n;
        g_esr = g_esr_n;
        vm_exit = exit_now;
        if (exit_now) begin
            flush = 1'b1;
            defer = 1'b1;
            sr_n = (vm_host_sr | k_sr_sm) & ~(k_sr_iee | k_sr_tee | k_sr_dme | k_sr_ime | k_sr_ove | k_sr_dsx);
            if (~exit_intr) begin
                sr_c = sr_n;
            end
            g_epcr_n = vm_host_pc + 32'h4;
            g_esr_n = vm_host_sr;
            g_eear_n = vm_host_eear;
        end
        epcr$d = g_epcr_n;
        eear$d = g_eear_n;
        esr$d = g_esr_n;
        refill_q$d = flush & ~defer & ~reset;
        refill_pc_q$d = redirect;
        if (vm_exit_done) begin
            refill_q$d = 1'b1;
            refill_pc_q$d = vec_base | k_vec_vmexit;
        end
        if (vm_enter_done) begin
            refill_q$d = 1'b1;
            refill_pc_q$d = vm_r_pc;
            epcr$d = vm_r_epcr;
            eear$d = vm_r_eear;
            esr$d = vm_r_esr;
        end
        refill = refill_q$q;
        refill_pc = refill_pc_q$q;
        sr_commit = sr_c;
        sr_next = sr_n;
        sr_ex = sr_n;
        if (ex_f_we) begin
            sr_ex = sr_ex & ~k_sr_f;
            if (ex_f) begin
                sr_ex = sr_ex | k_sr_f;
            end
        end
        if (ex_cy_we) begin
            sr_ex = sr_ex & ~k_sr_cy;
            if (ex_cy) begin
                sr_ex = sr_ex | k_sr_cy;
            end
        end
        if (ex_ov_we) begin
            sr_ex = sr_ex & ~k_sr_ov;
            if (ex_ov) begin
                sr_ex = sr_ex | k_sr_ov;
            end
        end
        sr_q$d = sr_ex;
        if (vm_enter_done) begin
            sr_q$d = vm_r_sr | k_sr_fo;
        end
        if (reset) begin
            halted_q$d = 1'b0;
            sr_q$d = k_sr_reset;
            epcr$d = 32'h0;
            eear$d = 32'h0;
            esr$d = 32'h0;
        end
    end
    
endmodule // top$core$ctrl


module top$core$ctrl$eear(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ctrl$eear


module top$core$ctrl$epcr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ctrl$epcr


module top$core$ctrl$esr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ctrl$esr


module top$core$ctrl$halted_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ctrl$halted_q


module top$core$ctrl$refill_pc_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ctrl$refill_pc_q


module top$core$ctrl$refill_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ctrl$refill_q


module top$core$ctrl$sr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ctrl$sr_q


module top$core$dcache(clock,reset,enable,l$adr,l$dat_w,l$sel,l$we,l$cyc,l$stb,l$cti,l$bte,l$tga,l$dat_r,l$ack,l$err,l_ci,l_pre_adr,m$adr,m$dat_w,m$sel,m$we,m$cyc,m$stb,m$cti,m$bte,m$tga,m$dat_r,m$ack,m$err,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy,miss,l_hit,l_word);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  enable;
    input wire  [31:0] l$adr;
    input wire  [31:0] l$dat_w;
    input wire  [3:0] l$sel;
    input wire  l$we;
    input wire  l$cyc;
    input wire  l$stb;
    input wire  [2:0] l$cti;
    input wire  [1:0] l$bte;
    input wire  [7:0] l$tga;
    output reg  [31:0] l$dat_r;
    output reg  l$ack;
    output reg  l$err;
    input wire  l_ci;
    input wire  [31:0] l_pre_adr;
    output reg  [31:0] m$adr;
    output reg  [31:0] m$dat_w;
    output reg  [3:0] m$sel;
    output reg  m$we;
    output reg  m$cyc;
    output reg  m$stb;
    output reg  [2:0] m$cti;
    output reg  [1:0] m$bte;
    output reg  [7:0] m$tga;
    input wire  [31:0] m$dat_r;
    input wire  m$ack;
    input wire  m$err;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    output reg  miss;
    output reg  l_hit;
    output reg  [31:0] l_word;
    
    // Constant declarations
    localparam  line_mask = 32'hf;
    localparam  idx_mask = 32'h1ffc;
    localparam  line_shift = 32'h4;
    localparam  last_beat = 32'h3;
    localparam  k_dcbfr = 32'h1802;
    localparam  k_dcbir = 32'h1803;
    localparam  k_dcbwr = 32'h1804;
    localparam  k_dccfgr = 32'h5;
    localparam  k_dccfgr_value = 32'h6548;
    localparam  k_tag_valid = 32'h1;
    localparam  k_tag_dirty = 32'h2;
    
    // Enums
    localparam DcState$Idle = 0;
    localparam DcState$OpCheck = 1;
    localparam DcState$WbPrime = 2;
    localparam DcState$Wb = 3;
    localparam DcState$Refill = 4;
    
    // Stub signals
    reg  [8:0] tags$read_address;
    reg  tags$read_clock;
    wire  [31:0] tags$read_data;
    reg  [8:0] tags$write_address;
    reg  tags$write_clock;
    reg  [31:0] tags$write_data;
    reg  tags$write_enable;
    reg  [10:0] d0$read_address;
    reg  d0$read_clock;
    wire  [7:0] d0$read_data;
    reg  [10:0] d0$write_address;
    reg  d0$write_clock;
    reg  [7:0] d0$write_data;
    reg  d0$write_enable;
    reg  [10:0] d1$read_address;
    reg  d1$read_clock;
    wire  [7:0] d1$read_data;
    reg  [10:0] d1$write_address;
    reg  d1$write_clock;
    reg  [7:0] d1$write_data;
    reg  d1$write_enable;
    reg  [10:0] d2$read_address;
    reg  d2$read_clock;
    wire  [7:0] d2$read_data;
    reg  [10:0] d2$write_address;
    reg  d2$write_clock;
    reg  [7:0] d2$write_data;
    reg  d2$write_enable;
    reg  [10:0] d3$read_address;
    reg  d3$read_clock;
    wire  [7:0] d3$read_data;
    reg  [10:0] d3$write_address;
    reg  d3$write_clock;
    reg  [7:0] d3$write_data;
    reg  d3$write_enable;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [31:0] rd_addr$d;
    wire  [31:0] rd_addr$q;
    reg  rd_addr$clock;
    reg  rd_valid$d;
    wire  rd_valid$q;
    reg  rd_valid$clock;
    reg  dirty_fwd$d;
    wire  dirty_fwd$q;
    reg  dirty_fwd$clock;
    reg  [31:0] wb_base$d;
    wire  [31:0] wb_base$q;
    reg  wb_base$clock;
    reg  [1:0] wb_then$d;
    wire  [1:0] wb_then$q;
    reg  wb_then$clock;
    reg  [31:0] rf_base$d;
    wire  [31:0] rf_base$q;
    reg  rf_base$clock;
    reg  [31:0] k$d;
    wire  [31:0] k$q;
    reg  k$clock;
    reg  err_pend$d;
    wire  err_pend$q;
    reg  err_pend$clock;
    reg  [31:0] err_line$d;
    wire  [31:0] err_line$q;
    reg  err_line$clock;
    reg  op_done_q$d;
    wire  op_done_q$q;
    reg  op_done_q$clock;
    
    // Local signals
    reg  bypass;
    reg  [31:0] tag_line;
    reg  present;
    reg  l_present;
    reg  dirty;
    reg  lookup;
    reg  hit;
    reg  [31:0] word;
    reg  [31:0] raddr;
    reg  [31:0] tw_addr;
    reg  [31:0] waddr;
    reg  [1:0] op;
    reg  op_done;
    reg  is_dccfgr;
    
    // Sub module instances
    top$core$dcache$tags tags(
        .read_address(tags$read_address),
        .read_clock(tags$read_clock),
        .read_data(tags$read_data),
        .write_address(tags$write_address),
        .write_clock(tags$write_clock),
        .write_data(tags$write_data),
        .write_enable(tags$write_enable)
    );
    top$core$dcache$d0 d0(
        .read_address(d0$read_address),
        .read_clock(d0$read_clock),
        .read_data(d0$read_data),
        .write_address(d0$write_address),
        .write_clock(d0$write_clock),
        .write_data(d0$write_data),
        .write_enable(d0$write_enable)
    );
    top$core$dcache$d1 d1(
        .read_address(d1$read_address),
        .read_clock(d1$read_clock),
        .read_data(d1$read_data),
        .write_address(d1$write_address),
        .write_clock(d1$write_clock),
        .write_data(d1$write_data),
        .write_enable(d1$write_enable)
    );
    top$core$dcache$d2 d2(
        .read_address(d2$read_address),
        .read_clock(d2$read_clock),
        .read_data(d2$read_data),
        .write_address(d2$write_address),
        .write_clock(d2$write_clock),
        .write_data(d2$write_data),
        .write_enable(d2$write_enable)
    );
    top$core$dcache$d3 d3(
        .read_address(d3$read_address),
        .read_clock(d3$read_clock),
        .read_data(d3$read_data),
        .write_address(d3$write_address),
        .write_clock(d3$write_clock),
        .write_data(d3$write_data),
        .write_enable(d3$write_enable)
    );
    top$core$dcache$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$dcache$rd_addr rd_addr(
        .d(rd_addr$d),
        .q(rd_addr$q),
        .clock(rd_addr$clock)
    );
    top$core$dcache$rd_valid rd_valid(
        .d(rd_valid$d),
        .q(rd_valid$q),
        .clock(rd_valid$clock)
    );
    top$core$dcache$dirty_fwd dirty_fwd(
        .d(dirty_fwd$d),
        .q(dirty_fwd$q),
        .clock(dirty_fwd$clock)
    );
    top$core$dcache$wb_base wb_base(
        .d(wb_base$d),
        .q(wb_base$q),
        .clock(wb_base$clock)
    );
    top$core$dcache$wb_then wb_then(
        .d(wb_then$d),
        .q(wb_then$q),
        .clock(wb_then$clock)
    );
    top$core$dcache$rf_base rf_base(
        .d(rf_base$d),
        .q(rf_base$q),
        .clock(rf_base$clock)
    );
    top$core$dcache$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    top$core$dcache$err_pend err_pend(
        .d(err_pend$d),
        .q(err_pend$q),
        .clock(err_pend$clock)
    );
    top$core$dcache$err_line err_line(
        .d(err_line$d),
        .q(err_line$q),
        .clock(err_line$clock)
    );
    top$core$dcache$op_done_q op_done_q(
        .d(op_done_q$d),
        .q(op_done_q$q),
        .clock(op_done_q$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        rd_addr$clock = clock;
        rd_valid$clock = clock;
        dirty_fwd$clock = clock;
        wb_base$clock = clock;
        wb_then$clock = clock;
        rf_base$clock = clock;
        k$clock = clock;
        err_pend$clock = clock;
        err_line$clock = clock;
        op_done_q$clock = clock;
        state$d = state$q;
        rd_addr$d = rd_addr$q;
        rd_valid$d = rd_valid$q;
        dirty_fwd$d = dirty_fwd$q;
        wb_base$d = wb_base$q;
        wb_then$d = wb_then$q;
        rf_base$d = rf_base$q;
        k$d = k$q;
        err_pend$d = err_pend$q;
        err_line$d = err_line$q;
        op_done_q$d = op_done_q$q;
        tags$read_clock = clock;
        tags$write_clock = clock;
        d0$read_clock = clock;
        d0$write_clock = clock;
        d1$read_clock = clock;
        d1$write_clock = clock;
        d2$read_clock = clock;
        d2$write_clock = clock;
        d3$read_clock = clock;
        d3$write_clock = clock;
        op = 32'h0;
        if (spr$wreq & ~op_done_q$q) begin
            if (spr$addr == k_dcbfr) begin
                op = 32'h1;
            end
            if (spr$addr == k_dcbir) begin
                op = 32'h2;
            end
            if (spr$addr == k_dcbwr) begin
                op = 32'h3;
            end
        end
        is_dccfgr = spr$addr == k_dccfgr;
        spr$hit = is_dccfgr | (spr$addr == k_dcbfr) | (spr$addr == k_dcbir) | (spr$addr == k_dcbwr);
        spr$rdata = 32'h0;
        if (is_dccfgr) begin
            spr$rdata = k_dccfgr_value;
        end
        bypass = ~enable | l_ci;
        tag_line = tags$read_data & ~line_mask;
        present = |(tags$read_data & k_tag_valid) & (tag_line == (spr$wdata & ~line_mask));
        l_present = |(tags$read_data & k_tag_valid) & (tag_line == (l$adr & ~line_mask));
        dirty = |(tags$read_data & k_tag_dirty) | dirty_fwd$q;
        lookup = (state$q == DcState$Idle) & ~bypass & l$stb & ~|op & rd_valid$q & ((rd_addr$q & idx_mask) == (l$adr & idx_mask));
        hit = lookup & l_present & ~err_pend$q;
        word = (((d0$read_data) & 32'hffffffff) << 32'h18) | (((d1$read_data) & 32'hffffffff) << 32'h10) | (((d2$read_data) & 32'hffffffff) << 32'h8) | ((d3$read_data) & 32'hffffffff);
        raddr = l_pre_adr;
        if (|op) begin
            raddr = spr$wdata;
        end
        if ((state$q == DcState$WbPrime) | (state$q == DcState$Wb)) begin
            raddr = wb_base$q + (k$q << 32'h2);
            if ((state$q == DcState$Wb) & m$ack) begin
                raddr = wb_base$q + ((k$q + 32'h1) << 32'h2);
            end
        end
        tags$read_address = ((raddr >> line_shift) & 9'h1ff);
        d0$read_address = ((raddr >> 32'h2) & 11'h7ff);
        d1$read_address = ((raddr >> 32'h2) & 11'h7ff);
        d2$read_address = ((raddr >> 32'h2) & 11'h7ff);
        d3$read_address = ((raddr >> 32'h2) & 11'h7ff);
        rd_addr$d = raddr & idx_mask;
        rd_valid$d = 1'b1;
        dirty_fwd$d = 1'b0;
        miss = 1'b0;
        l_hit = hit;
        l_word = word;
        waddr = l$adr;
        d0$write_data = l$dat_w[(32'h18)+:(8)];
        d1$write_data = l$dat_w[(32'h10)+:(8)];
        d2$write_data = l$dat_w[(32'h8)+:(8)];
        d3$write_data = l$dat_w[(32'h0)+:(8)];
        d0$write_enable = 1'b0;
        d1$write_enable = 1'b0;
        d2$write_enable = 1'b0;
        d3$write_enable = 1'b0;
        tags$write_enable = 1'b0;
        tw_addr = l$adr;
        tags$write_data = (l$adr & ~line_mask) | k_tag_valid | k_tag_dirty;
        l$ack = 1'b0;
        l$err = 1'b0;
        l$dat_r = word;
        op_done = 1'b0;
        m$adr = wb_base$q + (k$q << 32'h2);
        m$dat_w = word;
        m$sel = 32'hf;
        m$we = 1'b0;
        m$cyc = 1'b0;
        m$stb = 1'b0;
        m$cti = 32'h2;
        m$bte = 32'h0;
        m$tga = l$tga;
        if (k$q == last_beat) begin
            m$cti = 32'h7;
        end
        case (state$q)
            DcState$Idle:
                begin
                    if (bypass) begin
                        m$adr = l$adr;
                        m$dat_w = l$dat_w;
                        m$sel = l$sel;
                        m$we = l$we;
                        m$cyc = l$stb;
                        m$stb = l$stb;
                        m$cti = 32'h0;
                        l$ack = m$ack;
                        l$err = m$err;
                        l$dat_r = m$dat_r;
                    end
                    if (|op) begin
                        state$d = DcState$OpCheck;
                    end
                    else if (lookup & err_pend$q) begin
                        if ((l$adr & ~line_mask) == err_line$q) begin
                            l$err = 1'b1;
                        end
                        err_pend$d = 1'b0;
                    end
                    else if (hit) begin
                        l$ack = 1'b1;
                        if (l$we) begin
                            d0$write_enable = l$sel[32'h3];
                            d1$write_enable = l$sel[32'h2];
                            d2$write_enable = l$sel[32'h1];
                            d3$write_enable = l$sel[32'h0];
                            tags$write_enable = 1'b1;
                            if ((raddr & idx_mask) == (l$adr & idx_mask)) begin
                                rd_valid$d = 1'b0;
                            end
                            dirty_fwd$d = ((raddr >> line_shift) & (idx_mask >> line_shift)) == ((l$adr >> line_shift) & (idx_mask >> line_shift));
                        end
                    end
                    else if (lookup) begin
                        miss = 1'b1;
                        rf_base$d = l$adr & ~line_mask;
                        k$d = 32'h0;
                        wb_then$d = 32'h0;
                        if (|(tags$read_data & k_tag_valid) & dirty) begin
                            wb_base$d = tag_line;
                            state$d = DcState$WbPrime;
                        end
                        else begin
                            tags$write_enable = 1'b1;
                            tags$write_data = 32'h0;
                            state$d = DcState$Refill;
                        end
                    end
                end
            DcState$OpCheck:
                begin
                    k$d = 32'h0;
                    wb_base$d = tag_line;
                    tw_addr = rd_addr$q;
                    tags$write_data = 32'h0;
                    state$d = DcState$Idle;
                    if ((op == 32'h2) | ~present | ~dirty) begin
                        op_done = 1'b1;
                        tags$write_enable = present & (op != 32'h3);
                    end
                    else begin
                        wb_then$d = op;
                        state$d = DcState$WbPrime;
                    end
                    rd_valid$d = 1'b0;
                end
            DcState$WbPrime:
                begin
                    state$d = DcState$Wb;
                end
            DcState$Wb:
                begin
                    m$we = 1'b1;
                    m$cyc = 1'b1;
                    m$stb = 1'b1;
                    tw_addr = wb_base$q;
                    if (m$ack) begin
                        k$d = k$q + 32'h1;
                        if (k$q == last_beat) begin
                            k$d = 32'h0;
                            tags$write_enable = 1'b1;
                            tags$write_data = 32'h0;
                            if (wb_then$q == 32'h0) begin
                                state$d = DcState$Refill;
                            end
                            else begin
                                state$d = DcState$Idle;
                                op_done = 1'b1;
                                rd_valid$d = 1'b0;
                                if (wb_then$q == 32'h3) begin
                                    tags$write_data = wb_base$q | k_tag_valid;
                                end
                            end
                        end
                    end
                    else if (m$err) begin
                        state$d = DcState$Idle;
                        op_done = wb_then$q != 32'h0;
                        err_pend$d = wb_then$q == 32'h0;
                        err_line$d = rf_base$q;
                        rd_valid$d = 1'b0;
                    end
                end
            DcState$Refill:
                begin
                    m$adr = rf_base$q + (k$q << 32'h2);
                    m$cyc = 1'b1;
                    m$stb = 1'b1;
                    waddr = m$adr;
                    d0$write_data = m$dat_r[(32'h18)+:(8)];
                    d1$write_data = m$dat_r[(32'h10)+:(8)];
                    d2$write_data = m$dat_r[(32'h8)+:(8)];
                    d3$write_data = m$dat_r[(32'h0)+:(8)];
                    tw_addr = rf_base$q;
                    tags$write_data = rf_base$q | k_tag_valid;
                    if (m$ack) begin
                        d0$write_enable = 1'b1;
                        d1$write_enable = 1'b1;
                        d2$write_enable = 1'b1;
                        d3$write_enable = 1'b1;
                        k$d = k$q + 32'h1;
                        if (k$q == last_beat) begin
                            tags$write_enable = 1'b1;
                            state$d = DcState$Idle;
                            rd_valid$d = 1'b0;
                        end
                    end
                    else if (m$err) begin
                        state$d = DcState$Idle;
                        err_pend$d = 1'b1;
                        err_line$d = rf_base$q;
                        rd_valid$d = 1'b0;
                    end
                end
        endcase
        tags$write_address = ((tw_addr >> line_shift) & 9'h1ff);
        d0$write_address = ((waddr >> 32'h2) & 11'h7ff);
        d1$write_address = ((waddr >> 32'h2) & 11'h7ff);
        d2$write_address = ((waddr >> 32'h2) & 11'h7ff);
        d3$write_address = ((waddr >> 32'h2) & 11'h7ff);
        if (reset) begin
            state$d = DcState$Idle;
            rd_valid$d = 1'b0;
            err_pend$d = 1'b0;
        end
        op_done_q$d = op_done & ~reset;
        spr$busy = |op;
    end
    
endmodule // top$core$dcache


module top$core$dcache$d0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$dcache$d0


module top$core$dcache$d1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$dcache$d1


module top$core$dcache$d2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$dcache$d2


module top$core$dcache$d3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$dcache$d3


module top$core$dcache$dirty_fwd(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$dirty_fwd


module top$core$dcache$err_line(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$err_line


module top$core$dcache$err_pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$err_pend


module top$core$dcache$k(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$k


module top$core$dcache$op_done_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$op_done_q


module top$core$dcache$rd_addr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$rd_addr


module top$core$dcache$rd_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$rd_valid


module top$core$dcache$rf_base(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$rf_base


module top$core$dcache$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam DcState$Idle = 0;
    localparam DcState$OpCheck = 1;
    localparam DcState$WbPrime = 2;
    localparam DcState$Wb = 3;
    localparam DcState$Refill = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$state


module top$core$dcache$tags(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 32'h0;
    mem[9'b1] = 32'h0;
    mem[9'b10] = 32'h0;
    mem[9'b11] = 32'h0;
    mem[9'b100] = 32'h0;
    mem[9'b101] = 32'h0;
    mem[9'b110] = 32'h0;
    mem[9'b111] = 32'h0;
    mem[9'b1000] = 32'h0;
    mem[9'b1001] = 32'h0;
    mem[9'b1010] = 32'h0;
    mem[9'b1011] = 32'h0;
    mem[9'b1100] = 32'h0;
    mem[9'b1101] = 32'h0;
    mem[9'b1110] = 32'h0;
    mem[9'b1111] = 32'h0;
    mem[9'b10000] = 32'h0;
    mem[9'b10001] = 32'h0;
    mem[9'b10010] = 32'h0;
    mem[9'b10011] = 32'h0;
    mem[9'b10100] = 32'h0;
    mem[9'b10101] = 32'h0;
    mem[9'b10110] = 32'h0;
    mem[9'b10111] = 32'h0;
    mem[9'b11000] = 32'h0;
    mem[9'b11001] = 32'h0;
    mem[9'b11010] = 32'h0;
    mem[9'b11011] = 32'h0;
    mem[9'b11100] = 32'h0;
    mem[9'b11101] = 32'h0;
    mem[9'b11110] = 32'h0;
    mem[9'b11111] = 32'h0;
    mem[9'b100000] = 32'h0;
    mem[9'b100001] = 32'h0;
    mem[9'b100010] = 32'h0;
    mem[9'b100011] = 32'h0;
    mem[9'b100100] = 32'h0;
    mem[9'b100101] = 32'h0;
    mem[9'b100110] = 32'h0;
    mem[9'b100111] = 32'h0;
    mem[9'b101000] = 32'h0;
    mem[9'b101001] = 32'h0;
    mem[9'b101010] = 32'h0;
    mem[9'b101011] = 32'h0;
    mem[9'b101100] = 32'h0;
    mem[9'b101101] = 32'h0;
    mem[9'b101110] = 32'h0;
    mem[9'b101111] = 32'h0;
    mem[9'b110000] = 32'h0;
    mem[9'b110001] = 32'h0;
    mem[9'b110010] = 32'h0;
    mem[9'b110011] = 32'h0;
    mem[9'b110100] = 32'h0;
    mem[9'b110101] = 32'h0;
    mem[9'b110110] = 32'h0;
    mem[9'b110111] = 32'h0;
    mem[9'b111000] = 32'h0;
    mem[9'b111001] = 32'h0;
    mem[9'b111010] = 32'h0;
    mem[9'b111011] = 32'h0;
    mem[9'b111100] = 32'h0;
    mem[9'b111101] = 32'h0;
    mem[9'b111110] = 32'h0;
    mem[9'b111111] = 32'h0;
    mem[9'b1000000] = 32'h0;
    mem[9'b1000001] = 32'h0;
    mem[9'b1000010] = 32'h0;
    mem[9'b1000011] = 32'h0;
    mem[9'b1000100] = 32'h0;
    mem[9'b1000101] = 32'h0;
    mem[9'b1000110] = 32'h0;
    mem[9'b1000111] = 32'h0;
    mem[9'b1001000] = 32'h0;
    mem[9'b1001001] = 32'h0;
    mem[9'b1001010] = 32'h0;
    mem[9'b1001011] = 32'h0;
    mem[9'b1001100] = 32'h0;
    mem[9'b1001101] = 32'h0;
    mem[9'b1001110] = 32'h0;
    mem[9'b1001111] = 32'h0;
    mem[9'b1010000] = 32'h0;
    mem[9'b1010001] = 32'h0;
    mem[9'b1010010] = 32'h0;
    mem[9'b1010011] = 32'h0;
    mem[9'b1010100] = 32'h0;
    mem[9'b1010101] = 32'h0;
    mem[9'b1010110] = 32'h0;
    mem[9'b1010111] = 32'h0;
    mem[9'b1011000] = 32'h0;
    mem[9'b1011001] = 32'h0;
    mem[9'b1011010] = 32'h0;
    mem[9'b1011011] = 32'h0;
    mem[9'b1011100] = 32'h0;
    mem[9'b1011101] = 32'h0;
    mem[9'b1011110] = 32'h0;
    mem[9'b1011111] = 32'h0;
    mem[9'b1100000] = 32'h0;
    mem[9'b1100001] = 32'h0;
    mem[9'b1100010] = 32'h0;
    mem[9'b1100011] = 32'h0;
    mem[9'b1100100] = 32'h0;
    mem[9'b1100101] = 32'h0;
    mem[9'b1100110] = 32'h0;
    mem[9'b1100111] = 32'h0;
    mem[9'b1101000] = 32'h0;
    mem[9'b1101001] = 32'h0;
    mem[9'b1101010] = 32'h0;
    mem[9'b1101011] = 32'h0;
    mem[9'b1101100] = 32'h0;
    mem[9'b1101101] = 32'h0;
    mem[9'b1101110] = 32'h0;
    mem[9'b1101111] = 32'h0;
    mem[9'b1110000] = 32'h0;
    mem[9'b1110001] = 32'h0;
    mem[9'b1110010] = 32'h0;
    mem[9'b1110011] = 32'h0;
    mem[9'b1110100] = 32'h0;
    mem[9'b1110101] = 32'h0;
    mem[9'b1110110] = 32'h0;
    mem[9'b1110111] = 32'h0;
    mem[9'b1111000] = 32'h0;
    mem[9'b1111001] = 32'h0;
    mem[9'b1111010] = 32'h0;
    mem[9'b1111011] = 32'h0;
    mem[9'b1111100] = 32'h0;
    mem[9'b1111101] = 32'h0;
    mem[9'b1111110] = 32'h0;
    mem[9'b1111111] = 32'h0;
    mem[9'b10000000] = 32'h0;
    mem[9'b10000001] = 32'h0;
    mem[9'b10000010] = 32'h0;
    mem[9'b10000011] = 32'h0;
    mem[9'b10000100] = 32'h0;
    mem[9'b10000101] = 32'h0;
    mem[9'b10000110] = 32'h0;
    mem[9'b10000111] = 32'h0;
    mem[9'b10001000] = 32'h0;
    mem[9'b10001001] = 32'h0;
    mem[9'b10001010] = 32'h0;
    mem[9'b10001011] = 32'h0;
    mem[9'b10001100] = 32'h0;
    mem[9'b10001101] = 32'h0;
    mem[9'b10001110] = 32'h0;
    mem[9'b10001111] = 32'h0;
    mem[9'b10010000] = 32'h0;
    mem[9'b10010001] = 32'h0;
    mem[9'b10010010] = 32'h0;
    mem[9'b10010011] = 32'h0;
    mem[9'b10010100] = 32'h0;
    mem[9'b10010101] = 32'h0;
    mem[9'b10010110] = 32'h0;
    mem[9'b10010111] = 32'h0;
    mem[9'b10011000] = 32'h0;
    mem[9'b10011001] = 32'h0;
    mem[9'b10011010] = 32'h0;
    mem[9'b10011011] = 32'h0;
    mem[9'b10011100] = 32'h0;
    mem[9'b10011101] = 32'h0;
    mem[9'b10011110] = 32'h0;
    mem[9'b10011111] = 32'h0;
    mem[9'b10100000] = 32'h0;
    mem[9'b10100001] = 32'h0;
    mem[9'b10100010] = 32'h0;
    mem[9'b10100011] = 32'h0;
    mem[9'b10100100] = 32'h0;
    mem[9'b10100101] = 32'h0;
    mem[9'b10100110] = 32'h0;
    mem[9'b10100111] = 32'h0;
    mem[9'b10101000] = 32'h0;
    mem[9'b10101001] = 32'h0;
    mem[9'b10101010] = 32'h0;
    mem[9'b10101011] = 32'h0;
    mem[9'b10101100] = 32'h0;
    mem[9'b10101101] = 32'h0;
    mem[9'b10101110] = 32'h0;
    mem[9'b10101111] = 32'h0;
    mem[9'b10110000] = 32'h0;
    mem[9'b10110001] = 32'h0;
    mem[9'b10110010] = 32'h0;
    mem[9'b10110011] = 32'h0;
    mem[9'b10110100] = 32'h0;
    mem[9'b10110101] = 32'h0;
    mem[9'b10110110] = 32'h0;
    mem[9'b10110111] = 32'h0;
    mem[9'b10111000] = 32'h0;
    mem[9'b10111001] = 32'h0;
    mem[9'b10111010] = 32'h0;
    mem[9'b10111011] = 32'h0;
    mem[9'b10111100] = 32'h0;
    mem[9'b10111101] = 32'h0;
    mem[9'b10111110] = 32'h0;
    mem[9'b10111111] = 32'h0;
    mem[9'b11000000] = 32'h0;
    mem[9'b11000001] = 32'h0;
    mem[9'b11000010] = 32'h0;
    mem[9'b11000011] = 32'h0;
    mem[9'b11000100] = 32'h0;
    mem[9'b11000101] = 32'h0;
    mem[9'b11000110] = 32'h0;
    mem[9'b11000111] = 32'h0;
    mem[9'b11001000] = 32'h0;
    mem[9'b11001001] = 32'h0;
    mem[9'b11001010] = 32'h0;
    mem[9'b11001011] = 32'h0;
    mem[9'b11001100] = 32'h0;
    mem[9'b11001101] = 32'h0;
    mem[9'b11001110] = 32'h0;
    mem[9'b11001111] = 32'h0;
    mem[9'b11010000] = 32'h0;
    mem[9'b11010001] = 32'h0;
    mem[9'b11010010] = 32'h0;
    mem[9'b11010011] = 32'h0;
    mem[9'b11010100] = 32'h0;
    mem[9'b11010101] = 32'h0;
    mem[9'b11010110] = 32'h0;
    mem[9'b11010111] = 32'h0;
    mem[9'b11011000] = 32'h0;
    mem[9'b11011001] = 32'h0;
    mem[9'b11011010] = 32'h0;
    mem[9'b11011011] = 32'h0;
    mem[9'b11011100] = 32'h0;
    mem[9'b11011101] = 32'h0;
    mem[9'b11011110] = 32'h0;
    mem[9'b11011111] = 32'h0;
    mem[9'b11100000] = 32'h0;
    mem[9'b11100001] = 32'h0;
    mem[9'b11100010] = 32'h0;
    mem[9'b11100011] = 32'h0;
    mem[9'b11100100] = 32'h0;
    mem[9'b11100101] = 32'h0;
    mem[9'b11100110] = 32'h0;
    mem[9'b11100111] = 32'h0;
    mem[9'b11101000] = 32'h0;
    mem[9'b11101001] = 32'h0;
    mem[9'b11101010] = 32'h0;
    mem[9'b11101011] = 32'h0;
    mem[9'b11101100] = 32'h0;
    mem[9'b11101101] = 32'h0;
    mem[9'b11101110] = 32'h0;
    mem[9'b11101111] = 32'h0;
    mem[9'b11110000] = 32'h0;
    mem[9'b11110001] = 32'h0;
    mem[9'b11110010] = 32'h0;
    mem[9'b11110011] = 32'h0;
    mem[9'b11110100] = 32'h0;
    mem[9'b11110101] = 32'h0;
    mem[9'b11110110] = 32'h0;
    mem[9'b11110111] = 32'h0;
    mem[9'b11111000] = 32'h0;
    mem[9'b11111001] = 32'h0;
    mem[9'b11111010] = 32'h0;
    mem[9'b11111011] = 32'h0;
    mem[9'b11111100] = 32'h0;
    mem[9'b11111101] = 32'h0;
    mem[9'b11111110] = 32'h0;
    mem[9'b11111111] = 32'h0;
    mem[9'b100000000] = 32'h0;
    mem[9'b100000001] = 32'h0;
    mem[9'b100000010] = 32'h0;
    mem[9'b100000011] = 32'h0;
    mem[9'b100000100] = 32'h0;
    mem[9'b100000101] = 32'h0;
    mem[9'b100000110] = 32'h0;
    mem[9'b100000111] = 32'h0;
    mem[9'b100001000] = 32'h0;
    mem[9'b100001001] = 32'h0;
    mem[9'b100001010] = 32'h0;
    mem[9'b100001011] = 32'h0;
    mem[9'b100001100] = 32'h0;
    mem[9'b100001101] = 32'h0;
    mem[9'b100001110] = 32'h0;
    mem[9'b100001111] = 32'h0;
    mem[9'b100010000] = 32'h0;
    mem[9'b100010001] = 32'h0;
    mem[9'b100010010] = 32'h0;
    mem[9'b100010011] = 32'h0;
    mem[9'b100010100] = 32'h0;
    mem[9'b100010101] = 32'h0;
    mem[9'b100010110] = 32'h0;
    mem[9'b100010111] = 32'h0;
    mem[9'b100011000] = 32'h0;
    mem[9'b100011001] = 32'h0;
    mem[9'b100011010] = 32'h0;
    mem[9'b100011011] = 32'h0;
    mem[9'b100011100] = 32'h0;
    mem[9'b100011101] = 32'h0;
    mem[9'b100011110] = 32'h0;
    mem[9'b100011111] = 32'h0;
    mem[9'b100100000] = 32'h0;
    mem[9'b100100001] = 32'h0;
    mem[9'b100100010] = 32'h0;
    mem[9'b100100011] = 32'h0;
    mem[9'b100100100] = 32'h0;
    mem[9'b100100101] = 32'h0;
    mem[9'b100100110] = 32'h0;
    mem[9'b100100111] = 32'h0;
    mem[9'b100101000] = 32'h0;
    mem[9'b100101001] = 32'h0;
    mem[9'b100101010] = 32'h0;
    mem[9'b100101011] = 32'h0;
    mem[9'b100101100] = 32'h0;
    mem[9'b100101101] = 32'h0;
    mem[9'b100101110] = 32'h0;
    mem[9'b100101111] = 32'h0;
    mem[9'b100110000] = 32'h0;
    mem[9'b100110001] = 32'h0;
    mem[9'b100110010] = 32'h0;
    mem[9'b100110011] = 32'h0;
    mem[9'b100110100] = 32'h0;
    mem[9'b100110101] = 32'h0;
    mem[9'b100110110] = 32'h0;
    mem[9'b100110111] = 32'h0;
    mem[9'b100111000] = 32'h0;
    mem[9'b100111001] = 32'h0;
    mem[9'b100111010] = 32'h0;
    mem[9'b100111011] = 32'h0;
    mem[9'b100111100] = 32'h0;
    mem[9'b100111101] = 32'h0;
    mem[9'b100111110] = 32'h0;
    mem[9'b100111111] = 32'h0;
    mem[9'b101000000] = 32'h0;
    mem[9'b101000001] = 32'h0;
    mem[9'b101000010] = 32'h0;
    mem[9'b101000011] = 32'h0;
    mem[9'b101000100] = 32'h0;
    mem[9'b101000101] = 32'h0;
    mem[9'b101000110] = 32'h0;
    mem[9'b101000111] = 32'h0;
    mem[9'b101001000] = 32'h0;
    mem[9'b101001001] = 32'h0;
    mem[9'b101001010] = 32'h0;
    mem[9'b101001011] = 32'h0;
    mem[9'b101001100] = 32'h0;
    mem[9'b101001101] = 32'h0;
    mem[9'b101001110] = 32'h0;
    mem[9'b101001111] = 32'h0;
    mem[9'b101010000] = 32'h0;
    mem[9'b101010001] = 32'h0;
    mem[9'b101010010] = 32'h0;
    mem[9'b101010011] = 32'h0;
    mem[9'b101010100] = 32'h0;
    mem[9'b101010101] = 32'h0;
    mem[9'b101010110] = 32'h0;
    mem[9'b101010111] = 32'h0;
    mem[9'b101011000] = 32'h0;
    mem[9'b101011001] = 32'h0;
    mem[9'b101011010] = 32'h0;
    mem[9'b101011011] = 32'h0;
    mem[9'b101011100] = 32'h0;
    mem[9'b101011101] = 32'h0;
    mem[9'b101011110] = 32'h0;
    mem[9'b101011111] = 32'h0;
    mem[9'b101100000] = 32'h0;
    mem[9'b101100001] = 32'h0;
    mem[9'b101100010] = 32'h0;
    mem[9'b101100011] = 32'h0;
    mem[9'b101100100] = 32'h0;
    mem[9'b101100101] = 32'h0;
    mem[9'b101100110] = 32'h0;
    mem[9'b101100111] = 32'h0;
    mem[9'b101101000] = 32'h0;
    mem[9'b101101001] = 32'h0;
    mem[9'b101101010] = 32'h0;
    mem[9'b101101011] = 32'h0;
    mem[9'b101101100] = 32'h0;
    mem[9'b101101101] = 32'h0;
    mem[9'b101101110] = 32'h0;
    mem[9'b101101111] = 32'h0;
    mem[9'b101110000] = 32'h0;
    mem[9'b101110001] = 32'h0;
    mem[9'b101110010] = 32'h0;
    mem[9'b101110011] = 32'h0;
    mem[9'b101110100] = 32'h0;
    mem[9'b101110101] = 32'h0;
    mem[9'b101110110] = 32'h0;
    mem[9'b101110111] = 32'h0;
    mem[9'b101111000] = 32'h0;
    mem[9'b101111001] = 32'h0;
    mem[9'b101111010] = 32'h0;
    mem[9'b101111011] = 32'h0;
    mem[9'b101111100] = 32'h0;
    mem[9'b101111101] = 32'h0;
    mem[9'b101111110] = 32'h0;
    mem[9'b101111111] = 32'h0;
    mem[9'b110000000] = 32'h0;
    mem[9'b110000001] = 32'h0;
    mem[9'b110000010] = 32'h0;
    mem[9'b110000011] = 32'h0;
    mem[9'b110000100] = 32'h0;
    mem[9'b110000101] = 32'h0;
    mem[9'b110000110] = 32'h0;
    mem[9'b110000111] = 32'h0;
    mem[9'b110001000] = 32'h0;
    mem[9'b110001001] = 32'h0;
    mem[9'b110001010] = 32'h0;
    mem[9'b110001011] = 32'h0;
    mem[9'b110001100] = 32'h0;
    mem[9'b110001101] = 32'h0;
    mem[9'b110001110] = 32'h0;
    mem[9'b110001111] = 32'h0;
    mem[9'b110010000] = 32'h0;
    mem[9'b110010001] = 32'h0;
    mem[9'b110010010] = 32'h0;
    mem[9'b110010011] = 32'h0;
    mem[9'b110010100] = 32'h0;
    mem[9'b110010101] = 32'h0;
    mem[9'b110010110] = 32'h0;
    mem[9'b110010111] = 32'h0;
    mem[9'b110011000] = 32'h0;
    mem[9'b110011001] = 32'h0;
    mem[9'b110011010] = 32'h0;
    mem[9'b110011011] = 32'h0;
    mem[9'b110011100] = 32'h0;
    mem[9'b110011101] = 32'h0;
    mem[9'b110011110] = 32'h0;
    mem[9'b110011111] = 32'h0;
    mem[9'b110100000] = 32'h0;
    mem[9'b110100001] = 32'h0;
    mem[9'b110100010] = 32'h0;
    mem[9'b110100011] = 32'h0;
    mem[9'b110100100] = 32'h0;
    mem[9'b110100101] = 32'h0;
    mem[9'b110100110] = 32'h0;
    mem[9'b110100111] = 32'h0;
    mem[9'b110101000] = 32'h0;
    mem[9'b110101001] = 32'h0;
    mem[9'b110101010] = 32'h0;
    mem[9'b110101011] = 32'h0;
    mem[9'b110101100] = 32'h0;
    mem[9'b110101101] = 32'h0;
    mem[9'b110101110] = 32'h0;
    mem[9'b110101111] = 32'h0;
    mem[9'b110110000] = 32'h0;
    mem[9'b110110001] = 32'h0;
    mem[9'b110110010] = 32'h0;
    mem[9'b110110011] = 32'h0;
    mem[9'b110110100] = 32'h0;
    mem[9'b110110101] = 32'h0;
    mem[9'b110110110] = 32'h0;
    mem[9'b110110111] = 32'h0;
    mem[9'b110111000] = 32'h0;
    mem[9'b110111001] = 32'h0;
    mem[9'b110111010] = 32'h0;
    mem[9'b110111011] = 32'h0;
    mem[9'b110111100] = 32'h0;
    mem[9'b110111101] = 32'h0;
    mem[9'b110111110] = 32'h0;
    mem[9'b110111111] = 32'h0;
    mem[9'b111000000] = 32'h0;
    mem[9'b111000001] = 32'h0;
    mem[9'b111000010] = 32'h0;
    mem[9'b111000011] = 32'h0;
    mem[9'b111000100] = 32'h0;
    mem[9'b111000101] = 32'h0;
    mem[9'b111000110] = 32'h0;
    mem[9'b111000111] = 32'h0;
    mem[9'b111001000] = 32'h0;
    mem[9'b111001001] = 32'h0;
    mem[9'b111001010] = 32'h0;
    mem[9'b111001011] = 32'h0;
    mem[9'b111001100] = 32'h0;
    mem[9'b111001101] = 32'h0;
    mem[9'b111001110] = 32'h0;
    mem[9'b111001111] = 32'h0;
    mem[9'b111010000] = 32'h0;
    mem[9'b111010001] = 32'h0;
    mem[9'b111010010] = 32'h0;
    mem[9'b111010011] = 32'h0;
    mem[9'b111010100] = 32'h0;
    mem[9'b111010101] = 32'h0;
    mem[9'b111010110] = 32'h0;
    mem[9'b111010111] = 32'h0;
    mem[9'b111011000] = 32'h0;
    mem[9'b111011001] = 32'h0;
    mem[9'b111011010] = 32'h0;
    mem[9'b111011011] = 32'h0;
    mem[9'b111011100] = 32'h0;
    mem[9'b111011101] = 32'h0;
    mem[9'b111011110] = 32'h0;
    mem[9'b111011111] = 32'h0;
    mem[9'b111100000] = 32'h0;
    mem[9'b111100001] = 32'h0;
    mem[9'b111100010] = 32'h0;
    mem[9'b111100011] = 32'h0;
    mem[9'b111100100] = 32'h0;
    mem[9'b111100101] = 32'h0;
    mem[9'b111100110] = 32'h0;
    mem[9'b111100111] = 32'h0;
    mem[9'b111101000] = 32'h0;
    mem[9'b111101001] = 32'h0;
    mem[9'b111101010] = 32'h0;
    mem[9'b111101011] = 32'h0;
    mem[9'b111101100] = 32'h0;
    mem[9'b111101101] = 32'h0;
    mem[9'b111101110] = 32'h0;
    mem[9'b111101111] = 32'h0;
    mem[9'b111110000] = 32'h0;
    mem[9'b111110001] = 32'h0;
    mem[9'b111110010] = 32'h0;
    mem[9'b111110011] = 32'h0;
    mem[9'b111110100] = 32'h0;
    mem[9'b111110101] = 32'h0;
    mem[9'b111110110] = 32'h0;
    mem[9'b111110111] = 32'h0;
    mem[9'b111111000] = 32'h0;
    mem[9'b111111001] = 32'h0;
    mem[9'b111111010] = 32'h0;
    mem[9'b111111011] = 32'h0;
    mem[9'b111111100] = 32'h0;
    mem[9'b111111101] = 32'h0;
    mem[9'b111111110] = 32'h0;
    mem[9'b111111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$dcache$tags


module top$core$dcache$wb_base(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$wb_base


module top$core$dcache$wb_then(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dcache$wb_then


module top$core$dmmu(clock,reset,enable,sm,next_vaddr,write,flush,xlate$ready,xlate$hit,xlate$allowed,xlate$paddr,xlate$ci,xlate$fault,xlate$fault_vec,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  enable;
    input wire  sm;
    input wire  [31:0] next_vaddr;
    input wire  write;
    input wire  flush;
    output reg  xlate$ready;
    output reg  xlate$hit;
    output reg  xlate$allowed;
    output reg  [31:0] xlate$paddr;
    output reg  xlate$ci;
    output reg  xlate$fault;
    output reg  [31:0] xlate$fault_vec;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    
    // Constant declarations
    localparam  k_micro = 1'b0;
    localparam  k_vpn_mask = 32'hffffe000;
    localparam  k_ppn_mask = 32'hffffe000;
    localparam  k_tr_ci = 32'h2;
    localparam  k_set_mask = 32'hffffffc0;
    localparam  k_mr = 32'ha00;
    localparam  k_tr = 32'ha80;
    localparam  k_eir = 32'h802;
    localparam  k_cfgr = 32'h3;
    localparam  k_cfgr_value = 32'h418;
    localparam  k_need_sr = 32'h100;
    localparam  k_need_sw = 32'h200;
    localparam  k_need_ur = 32'h40;
    localparam  k_need_uw = 32'h80;
    localparam  k_vec_miss = 32'h900;
    localparam  k_vec_fault = 32'h300;
    localparam  k_uncached = 32'h80000000;
    
    // Stub signals
    reg  tlb$clock;
    reg  tlb$reset;
    reg  [5:0] tlb$raddr;
    reg  [31:0] tlb$vaddr;
    reg  [31:0] tlb$need;
    wire  tlb$hit;
    wire  tlb$allowed;
    wire  [31:0] tlb$paddr;
    wire  tlb$ci;
    wire  [31:0] tlb$mr;
    wire  [31:0] tlb$tr;
    reg  tlb$mr_we;
    reg  tlb$tr_we;
    reg  tlb$inv;
    reg  tlb$flush;
    reg  [5:0] tlb$wset;
    reg  [31:0] tlb$wdata;
    reg  u_valid$d;
    wire  u_valid$q;
    reg  u_valid$clock;
    reg  [31:0] u_vpn$d;
    wire  [31:0] u_vpn$q;
    reg  u_vpn$clock;
    reg  u_hit$d;
    wire  u_hit$q;
    reg  u_hit$clock;
    reg  [31:0] u_tr$d;
    wire  [31:0] u_tr$q;
    reg  u_tr$clock;
    reg  fresh$d;
    wire  fresh$q;
    reg  fresh$clock;
    reg  spr_rd$d;
    wire  spr_rd$q;
    reg  spr_rd$clock;
    reg  [31:0] vaddr$d;
    wire  [31:0] vaddr$q;
    reg  vaddr$clock;
    
    // Local signals
    reg  u_match;
    reg  u_allowed;
    reg  [31:0] need;
    reg  tlb_we;
    reg  is_mr;
    reg  is_tr;
    reg  is_eir;
    reg  is_cfgr;
    reg  tlb_rd;
    
    // Sub module instances
    top$core$dmmu$tlb tlb(
        .clock(tlb$clock),
        .reset(tlb$reset),
        .raddr(tlb$raddr),
        .vaddr(tlb$vaddr),
        .need(tlb$need),
        .hit(tlb$hit),
        .allowed(tlb$allowed),
        .paddr(tlb$paddr),
        .ci(tlb$ci),
        .mr(tlb$mr),
        .tr(tlb$tr),
        .mr_we(tlb$mr_we),
        .tr_we(tlb$tr_we),
        .inv(tlb$inv),
        .flush(tlb$flush),
        .wset(tlb$wset),
        .wdata(tlb$wdata)
    );
    top$core$dmmu$u_valid u_valid(
        .d(u_valid$d),
        .q(u_valid$q),
        .clock(u_valid$clock)
    );
    top$core$dmmu$u_vpn u_vpn(
        .d(u_vpn$d),
        .q(u_vpn$q),
        .clock(u_vpn$clock)
    );
    top$core$dmmu$u_hit u_hit(
        .d(u_hit$d),
        .q(u_hit$q),
        .clock(u_hit$clock)
    );
    top$core$dmmu$u_tr u_tr(
        .d(u_tr$d),
        .q(u_tr$q),
        .clock(u_tr$clock)
    );
    top$core$dmmu$fresh fresh(
        .d(fresh$d),
        .q(fresh$q),
        .clock(fresh$clock)
    );
    top$core$dmmu$spr_rd spr_rd(
        .d(spr_rd$d),
        .q(spr_rd$q),
        .clock(spr_rd$clock)
    );
    top$core$dmmu$vaddr vaddr(
        .d(vaddr$d),
        .q(vaddr$q),
        .clock(vaddr$clock)
    );
    
    // Update code
    always @(*) begin
        spr_rd$clock = clock;
        vaddr$clock = clock;
        u_valid$clock = clock;
        u_vpn$clock = clock;
        u_hit$clock = clock;
        u_tr$clock = clock;
        fresh$clock = clock;
        spr_rd$d = spr_rd$q;
        vaddr$d = vaddr$q;
        u_valid$d = u_valid$q;
        u_vpn$d = u_vpn$q;
        u_hit$d = u_hit$q;
        u_tr$d = u_tr$q;
        fresh$d = fresh$q;
        vaddr$d = next_vaddr;
        tlb$clock = clock;
        tlb$reset = reset;
        tlb$flush = flush;
        is_mr = (spr$addr & k_set_mask) == k_mr;
        is_tr = (spr$addr & k_set_mask) == k_tr;
        is_eir = spr$addr == k_eir;
        is_cfgr = spr$addr == k_cfgr;
        spr$hit = is_mr | is_tr | is_eir | is_cfgr;
        spr$rdata = 32'h0;
        if (is_mr) begin
            spr$rdata = tlb$mr;
        end
        if (is_tr) begin
            spr$rdata = tlb$tr;
        end
        if (is_cfgr) begin
            spr$rdata = k_cfgr_value;
        end
        tlb$wdata = spr$wdata;
        tlb$wset = spr$addr[(32'h0)+:(6)];
        if (is_eir) begin
            tlb$wset = spr$wdata[(32'hd)+:(6)];
        end
        tlb$mr_we = spr$we & is_mr;
        tlb$tr_we = spr$we & is_tr;
        tlb$inv = spr$we & is_eir;
        tlb_we = spr$we & (is_mr | is_tr | is_eir);
        tlb_rd = spr$rreq & (is_mr | is_tr);
        spr_rd$d = tlb_rd;
        spr$busy = tlb_rd & ~spr_rd$q;
        tlb$raddr = next_vaddr[(32'hd)+:(6)];
        if (tlb_rd & ~spr_rd$q) begin
            tlb$raddr = spr$addr[(32'h0)+:(6)];
        end
        fresh$d = ~(tlb_rd & ~spr_rd$q) & ~tlb_we & ~flush;
        tlb$vaddr = vaddr$q;
        need = k_need_ur;
        if (write) begin
            need = k_need_uw;
        end
        if (sm) begin
            need = k_need_sr;
            if (write) begin
                need = k_need_sw;
            end
        end
        tlb$need = need;
        xlate$ready = 1'b1;
        xlate$hit = 1'b1;
        xlate$allowed = 1'b1;
        xlate$paddr = vaddr$q;
        xlate$ci = |(vaddr$q & k_uncached);
        xlate$fault = 1'b0;
        xlate$fault_vec = k_vec_fault;
        u_match = u_valid$q & ((vaddr$q & k_vpn_mask) == u_vpn$q);
        u_allowed = |(u_tr$q & need);
        if (enable) begin
            if (k_micro) begin
                xlate$ready = u_match;
                xlate$hit = u_hit$q;
                xlate$allowed = u_allowed;
                xlate$paddr = (u_tr$q & k_ppn_mask) | (vaddr$q & ~k_ppn_mask);
                xlate$ci = |(u_tr$q & k_tr_ci);
                xlate$fault = u_match & ~(u_hit$q & u_allowed);
                if (~u_hit$q) begin
                    xlate$fault_vec = k_vec_miss;
                end
            end
            else begin
                xlate$hit = tlb$hit;
                xlate$allowed = tlb$allowed;
                xlate$paddr = tlb$paddr;
                xlate$ci = tlb$ci;
                xlate$fault = ~tlb$hit | ~tlb$allowed;
                if (~tlb$hit) begin
                    xlate$fault_vec = k_vec_miss;
                end
            end
        end
        if (k_micro & enable & ~u_match & fresh$q) begin
            u_valid$d = 1'b1;
            u_vpn$d = vaddr$q & k_vpn_mask;
            u_hit$d = tlb$hit;
            u_tr$d = tlb$tr;
        end
        if (tlb_we | flush | reset) begin
            u_valid$d = 1'b0;
        end
    end
    
endmodule // top$core$dmmu


module top$core$dmmu$fresh(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$fresh


module top$core$dmmu$spr_rd(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$spr_rd


module top$core$dmmu$tlb(clock,reset,raddr,vaddr,need,hit,allowed,paddr,ci,mr,tr,mr_we,tr_we,inv,flush,wset,wdata);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [5:0] raddr;
    input wire  [31:0] vaddr;
    input wire  [31:0] need;
    output reg  hit;
    output reg  allowed;
    output reg  [31:0] paddr;
    output reg  ci;
    output reg  [31:0] mr;
    output reg  [31:0] tr;
    input wire  mr_we;
    input wire  tr_we;
    input wire  inv;
    input wire  flush;
    input wire  [5:0] wset;
    input wire  [31:0] wdata;
    
    // Constant declarations
    localparam  vpn_mask = 32'hffffe000;
    localparam  ppn_mask = 32'hffffe000;
    localparam  mr_v = 32'h1;
    localparam  tr_ci = 32'h2;
    
    // Stub signals
    reg  [5:0] mr_ram$read_address;
    reg  mr_ram$read_clock;
    wire  [31:0] mr_ram$read_data;
    reg  [5:0] mr_ram$write_address;
    reg  mr_ram$write_clock;
    reg  [31:0] mr_ram$write_data;
    reg  mr_ram$write_enable;
    reg  [5:0] tr_ram$read_address;
    reg  tr_ram$read_clock;
    wire  [31:0] tr_ram$read_data;
    reg  [5:0] tr_ram$write_address;
    reg  tr_ram$write_clock;
    reg  [31:0] tr_ram$write_data;
    reg  tr_ram$write_enable;
    reg  [63:0] valid$d;
    wire  [63:0] valid$q;
    reg  valid$clock;
    reg  [5:0] rset$d;
    wire  [5:0] rset$q;
    reg  rset$clock;
    
    // Local signals
    reg  v;
    reg  [31:0] mr_rd;
    
    // Sub module instances
    top$core$dmmu$tlb$mr_ram mr_ram(
        .read_address(mr_ram$read_address),
        .read_clock(mr_ram$read_clock),
        .read_data(mr_ram$read_data),
        .write_address(mr_ram$write_address),
        .write_clock(mr_ram$write_clock),
        .write_data(mr_ram$write_data),
        .write_enable(mr_ram$write_enable)
    );
    top$core$dmmu$tlb$tr_ram tr_ram(
        .read_address(tr_ram$read_address),
        .read_clock(tr_ram$read_clock),
        .read_data(tr_ram$read_data),
        .write_address(tr_ram$write_address),
        .write_clock(tr_ram$write_clock),
        .write_data(tr_ram$write_data),
        .write_enable(tr_ram$write_enable)
    );
    top$core$dmmu$tlb$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$core$dmmu$tlb$rset rset(
        .d(rset$d),
        .q(rset$q),
        .clock(rset$clock)
    );
    
    // Update code
    always @(*) begin
        valid$clock = clock;
        rset$clock = clock;
        valid$d = valid$q;
        rset$d = rset$q;
        mr_ram$read_clock = clock;
        mr_ram$write_clock = clock;
        tr_ram$read_clock = clock;
        tr_ram$write_clock = clock;
        mr_ram$read_address = raddr;
        tr_ram$read_address = raddr;
        rset$d = raddr;
        mr_ram$write_address = wset;
        tr_ram$write_address = wset;
        mr_ram$write_data = wdata;
        tr_ram$write_data = wdata;
        mr_ram$write_enable = mr_we;
        tr_ram$write_enable = tr_we;
        if (mr_we) begin
            valid$d = valid$q & ~(((32'h1) & 64'hffffffffffffffff) << ((wset) & 64'hffffffffffffffff));
            if (wdata[32'h0]) begin
                valid$d = valid$q | (((32'h1) & 64'hffffffffffffffff) << ((wset) & 64'hffffffffffffffff));
            end
        end
        if (inv) begin
            valid$d = valid$q & ~(((32'h1) & 64'hffffffffffffffff) << ((wset) & 64'hffffffffffffffff));
        end
        if (flush | reset) begin
            valid$d = 32'h0;
        end
        v = |((valid$q >> ((rset$q) & 64'hffffffffffffffff)) & 64'h1);
        mr_rd = mr_ram$read_data & ~mr_v;
        if (v) begin
            mr_rd = mr_rd | mr_v;
        end
        mr = mr_rd;
        tr = tr_ram$read_data;
        hit = v & ((mr_ram$read_data & vpn_mask) == (vaddr & vpn_mask));
        allowed = |(tr_ram$read_data & need);
        paddr = (tr_ram$read_data & ppn_mask) | (vaddr & ~ppn_mask);
        ci = |(tr_ram$read_data & tr_ci);
    end
    
endmodule // top$core$dmmu$tlb


module top$core$dmmu$tlb$mr_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[63:0];
    
    initial begin
    mem[6'b0] = 32'h0;
    mem[6'b1] = 32'h0;
    mem[6'b10] = 32'h0;
    mem[6'b11] = 32'h0;
    mem[6'b100] = 32'h0;
    mem[6'b101] = 32'h0;
    mem[6'b110] = 32'h0;
    mem[6'b111] = 32'h0;
    mem[6'b1000] = 32'h0;
    mem[6'b1001] = 32'h0;
    mem[6'b1010] = 32'h0;
    mem[6'b1011] = 32'h0;
    mem[6'b1100] = 32'h0;
    mem[6'b1101] = 32'h0;
    mem[6'b1110] = 32'h0;
    mem[6'b1111] = 32'h0;
    mem[6'b10000] = 32'h0;
    mem[6'b10001] = 32'h0;
    mem[6'b10010] = 32'h0;
    mem[6'b10011] = 32'h0;
    mem[6'b10100] = 32'h0;
    mem[6'b10101] = 32'h0;
    mem[6'b10110] = 32'h0;
    mem[6'b10111] = 32'h0;
    mem[6'b11000] = 32'h0;
    mem[6'b11001] = 32'h0;
    mem[6'b11010] = 32'h0;
    mem[6'b11011] = 32'h0;
    mem[6'b11100] = 32'h0;
    mem[6'b11101] = 32'h0;
    mem[6'b11110] = 32'h0;
    mem[6'b11111] = 32'h0;
    mem[6'b100000] = 32'h0;
    mem[6'b100001] = 32'h0;
    mem[6'b100010] = 32'h0;
    mem[6'b100011] = 32'h0;
    mem[6'b100100] = 32'h0;
    mem[6'b100101] = 32'h0;
    mem[6'b100110] = 32'h0;
    mem[6'b100111] = 32'h0;
    mem[6'b101000] = 32'h0;
    mem[6'b101001] = 32'h0;
    mem[6'b101010] = 32'h0;
    mem[6'b101011] = 32'h0;
    mem[6'b101100] = 32'h0;
    mem[6'b101101] = 32'h0;
    mem[6'b101110] = 32'h0;
    mem[6'b101111] = 32'h0;
    mem[6'b110000] = 32'h0;
    mem[6'b110001] = 32'h0;
    mem[6'b110010] = 32'h0;
    mem[6'b110011] = 32'h0;
    mem[6'b110100] = 32'h0;
    mem[6'b110101] = 32'h0;
    mem[6'b110110] = 32'h0;
    mem[6'b110111] = 32'h0;
    mem[6'b111000] = 32'h0;
    mem[6'b111001] = 32'h0;
    mem[6'b111010] = 32'h0;
    mem[6'b111011] = 32'h0;
    mem[6'b111100] = 32'h0;
    mem[6'b111101] = 32'h0;
    mem[6'b111110] = 32'h0;
    mem[6'b111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$dmmu$tlb$mr_ram


module top$core$dmmu$tlb$rset(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$tlb$rset


module top$core$dmmu$tlb$tr_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[63:0];
    
    initial begin
    mem[6'b0] = 32'h0;
    mem[6'b1] = 32'h0;
    mem[6'b10] = 32'h0;
    mem[6'b11] = 32'h0;
    mem[6'b100] = 32'h0;
    mem[6'b101] = 32'h0;
    mem[6'b110] = 32'h0;
    mem[6'b111] = 32'h0;
    mem[6'b1000] = 32'h0;
    mem[6'b1001] = 32'h0;
    mem[6'b1010] = 32'h0;
    mem[6'b1011] = 32'h0;
    mem[6'b1100] = 32'h0;
    mem[6'b1101] = 32'h0;
    mem[6'b1110] = 32'h0;
    mem[6'b1111] = 32'h0;
    mem[6'b10000] = 32'h0;
    mem[6'b10001] = 32'h0;
    mem[6'b10010] = 32'h0;
    mem[6'b10011] = 32'h0;
    mem[6'b10100] = 32'h0;
    mem[6'b10101] = 32'h0;
    mem[6'b10110] = 32'h0;
    mem[6'b10111] = 32'h0;
    mem[6'b11000] = 32'h0;
    mem[6'b11001] = 32'h0;
    mem[6'b11010] = 32'h0;
    mem[6'b11011] = 32'h0;
    mem[6'b11100] = 32'h0;
    mem[6'b11101] = 32'h0;
    mem[6'b11110] = 32'h0;
    mem[6'b11111] = 32'h0;
    mem[6'b100000] = 32'h0;
    mem[6'b100001] = 32'h0;
    mem[6'b100010] = 32'h0;
    mem[6'b100011] = 32'h0;
    mem[6'b100100] = 32'h0;
    mem[6'b100101] = 32'h0;
    mem[6'b100110] = 32'h0;
    mem[6'b100111] = 32'h0;
    mem[6'b101000] = 32'h0;
    mem[6'b101001] = 32'h0;
    mem[6'b101010] = 32'h0;
    mem[6'b101011] = 32'h0;
    mem[6'b101100] = 32'h0;
    mem[6'b101101] = 32'h0;
    mem[6'b101110] = 32'h0;
    mem[6'b101111] = 32'h0;
    mem[6'b110000] = 32'h0;
    mem[6'b110001] = 32'h0;
    mem[6'b110010] = 32'h0;
    mem[6'b110011] = 32'h0;
    mem[6'b110100] = 32'h0;
    mem[6'b110101] = 32'h0;
    mem[6'b110110] = 32'h0;
    mem[6'b110111] = 32'h0;
    mem[6'b111000] = 32'h0;
    mem[6'b111001] = 32'h0;
    mem[6'b111010] = 32'h0;
    mem[6'b111011] = 32'h0;
    mem[6'b111100] = 32'h0;
    mem[6'b111101] = 32'h0;
    mem[6'b111110] = 32'h0;
    mem[6'b111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$dmmu$tlb$tr_ram


module top$core$dmmu$tlb$valid(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$tlb$valid


module top$core$dmmu$u_hit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$u_hit


module top$core$dmmu$u_tr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$u_tr


module top$core$dmmu$u_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$u_valid


module top$core$dmmu$u_vpn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$u_vpn


module top$core$dmmu$vaddr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$dmmu$vaddr


module top$core$ds_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ds_next


module top$core$ex_a(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_a


module top$core$ex_b(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_b


module top$core$ex_br(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_br


module top$core$ex_cyc(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_cyc


module top$core$ex_ds(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_ds


module top$core$ex_exc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_exc


module top$core$ex_fpa(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_fpa


module top$core$ex_insn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_insn


module top$core$ex_ld(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_ld


module top$core$ex_lsgn(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_lsgn


module top$core$ex_lwa(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_lwa


module top$core$ex_mfspr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_mfspr


module top$core$ex_mtspr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_mtspr


module top$core$ex_pc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_pc


module top$core$ex_pred(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_pred


module top$core$ex_rfe(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_rfe


module top$core$ex_size(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_size


module top$core$ex_smc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_smc


module top$core$ex_st(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_st


module top$core$ex_swa(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_swa


module top$core$ex_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_valid


module top$core$ex_vec(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_vec


module top$core$ex_vmcall(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_vmcall


module top$core$ex_vmenter(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ex_vmenter


module top$core$exu(clock,insn,ok,pc,a,b,ds,br_next,cyc,ds_ready,sr_f,sr_cy,sr_ove,mac_ov,mac_lo,rd,wr,result,res_ok,busy,branch,taken,target,npc,ea,misaligned,jmisaligned,range,f_we,f,cy_we,cy,ov_we,ov,acc_we,acc_clr,prod,msb);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] insn;
    input wire  ok;
    input wire  [31:0] pc;
    input wire  [31:0] a;
    input wire  [31:0] b;
    input wire  ds;
    input wire  [31:0] br_next;
    input wire  [5:0] cyc;
    input wire  ds_ready;
    input wire  sr_f;
    input wire  sr_cy;
    input wire  sr_ove;
    input wire  mac_ov;
    input wire  [31:0] mac_lo;
    output reg  [4:0] rd;
    output reg  wr;
    output reg  [31:0] result;
    output reg  res_ok;
    output reg  busy;
    output reg  branch;
    output reg  taken;
    output reg  [31:0] target;
    output reg  [31:0] npc;
    output reg  [31:0] ea;
    output reg  misaligned;
    output reg  jmisaligned;
    output reg  range;
    output reg  f_we;
    output reg  f;
    output reg  cy_we;
    output reg  cy;
    output reg  ov_we;
    output reg  ov;
    output reg  acc_we;
    output reg  acc_clr;
    output reg  [63:0] prod;
    output reg  msb;
    
    // Enums
    localparam AluFn$Add = 0;
    localparam AluFn$Addc = 1;
    localparam AluFn$Sub = 2;
    localparam AluFn$And = 3;
    localparam AluFn$Or = 4;
    localparam AluFn$Xor = 5;
    localparam AluFn$Sll = 6;
    localparam AluFn$Srl = 7;
    localparam AluFn$Sra = 8;
    localparam AluFn$Ror = 9;
    localparam AluFn$Exths = 10;
    localparam AluFn$Extbs = 11;
    localparam AluFn$Exthz = 12;
    localparam AluFn$Extbz = 13;
    localparam AluFn$PassA = 14;
    localparam AluFn$PassB = 15;
    localparam AluFn$Cmov = 16;
    localparam AluFn$Ff1 = 17;
    localparam AluFn$Fl1 = 18;
    
    // Stub signals
    reg  [31:0] dec$insn;
    wire  dec$illegal;
    wire  dec$rd_we;
    wire  dec$link;
    wire  [4:0] dec$ra;
    wire  dec$uses_ra;
    wire  [4:0] dec$rb;
    wire  dec$uses_rb;
    wire  dec$use_imm;
    wire  [31:0] dec$imm;
    wire  [4:0] dec$alu_fn;
    wire  dec$alu_flags;
    wire  dec$branch;
    wire  dec$br_reg;
    wire  dec$br_if_f;
    wire  dec$br_if_nf;
    wire  [31:0] dec$br_off;
    wire  dec$load;
    wire  dec$store;
    wire  [2:0] dec$size;
    wire  dec$load_signed;
    wire  dec$lwa;
    wire  dec$swa;
    wire  dec$mul;
    wire  dec$mulu;
    wire  dec$div;
    wire  dec$divu;
    wire  dec$mac;
    wire  dec$msb;
    wire  dec$macrc;
    wire  dec$sf;
    wire  dec$sf_eq;
    wire  dec$sf_ne;
    wire  dec$sf_gt;
    wire  dec$sf_ge;
    wire  dec$sf_lt;
    wire  dec$sf_le;
    wire  dec$sf_signed;
    wire  dec$mfspr;
    wire  dec$mtspr;
    wire  dec$rfe;
    wire  dec$sys;
    wire  dec$trap;
    wire  dec$nop;
    wire  dec$smc;
    wire  dec$vmcall;
    wire  dec$vmenter;
    reg  [4:0] alu$fun;
    reg  [31:0] alu$a;
    reg  [31:0] alu$b;
    reg  alu$cy_in;
    reg  alu$flag_in;
    wire  [31:0] alu$result;
    wire  alu$cy;
    wire  alu$ov;
    reg  alu$sf_eq;
    reg  alu$sf_ne;
    reg  alu$sf_gt;
    reg  alu$sf_ge;
    reg  alu$sf_lt;
    reg  alu$sf_le;
    reg  alu$sf_signed;
    wire  alu$cmp;
    reg  mul$clock;
    reg  [31:0] mul$a;
    reg  [31:0] mul$b;
    wire  [31:0] mul$lo;
    wire  [31:0] mul$hi_u;
    wire  [31:0] mul$hi_s;
    reg  div$clock;
    reg  div$start;
    reg  div$sgn;
    reg  [31:0] div$a;
    reg  [31:0] div$b;
    wire  [31:0] div$quotient;
    wire  div$done;
    
    // Local signals
    reg  [31:0] opb;
    reg  muldiv;
    reg  div0;
    reg  [31:0] lo_sext;
    
    // Sub module instances
    top$core$exu$dec dec(
        .insn(dec$insn),
        .illegal(dec$illegal),
        .rd_we(dec$rd_we),
        .link(dec$link),
        .ra(dec$ra),
        .uses_ra(dec$uses_ra),
        .rb(dec$rb),
        .uses_rb(dec$uses_rb),
        .use_imm(dec$use_imm),
        .imm(dec$imm),
        .alu_fn(dec$alu_fn),
        .alu_flags(dec$alu_flags),
        .branch(dec$branch),
        .br_reg(dec$br_reg),
        .br_if_f(dec$br_if_f),
        .br_if_nf(dec$br_if_nf),
        .br_off(dec$br_off),
        .load(dec$load),
        .store(dec$store),
        .size(dec$size),
        .load_signed(dec$load_signed),
        .lwa(dec$lwa),
        .swa(dec$swa),
        .mul(dec$mul),
        .mulu(dec$mulu),
        .div(dec$div),
        .divu(dec$divu),
        .mac(dec$mac),
        .msb(dec$msb),
        .macrc(dec$macrc),
        .sf(dec$sf),
        .sf_eq(dec$sf_eq),
        .sf_ne(dec$sf_ne),
        .sf_gt(dec$sf_gt),
        .sf_ge(dec$sf_ge),
        .sf_lt(dec$sf_lt),
        .sf_le(dec$sf_le),
        .sf_signed(dec$sf_signed),
        .mfspr(dec$mfspr),
        .mtspr(dec$mtspr),
        .rfe(dec$rfe),
        .sys(dec$sys),
        .trap(dec$trap),
        .nop(dec$nop),
        .smc(dec$smc),
        .vmcall(dec$vmcall),
        .vmenter(dec$vmenter)
    );
    top$core$exu$alu alu(
        .fun(alu$fun),
        .a(alu$a),
        .b(alu$b),
        .cy_in(alu$cy_in),
        .flag_in(alu$flag_in),
        .result(alu$result),
        .cy(alu$cy),
        .ov(alu$ov),
        .sf_eq(alu$sf_eq),
        .sf_ne(alu$sf_ne),
        .sf_gt(alu$sf_gt),
        .sf_ge(alu$sf_ge),
        .sf_lt(alu$sf_lt),
        .sf_le(alu$sf_le),
        .sf_signed(alu$sf_signed),
        .cmp(alu$cmp)
    );
    top$core$exu$mul mul(
        .clock(mul$clock),
        .a(mul$a),
        .b(mul$b),
        .lo(mul$lo),
        .hi_u(mul$hi_u),
        .hi_s(mul$hi_s)
    );
    top$core$exu$div div(
        .clock(div$clock),
        .start(div$start),
        .sgn(div$sgn),
        .a(div$a),
        .b(div$b),
        .quotient(div$quotient),
        .done(div$done)
    );
    
    // Update code
    always @(*) begin
        mul$clock = clock;
        div$clock = clock;
        dec$insn = insn;
        rd = insn[(32'h15)+:(5)];
        if (dec$link) begin
            rd = 32'h9;
        end
        wr = ok & (dec$rd_we | dec$link) & |rd;
        opb = b;
        if (dec$use_imm) begin
            opb = dec$imm;
        end
        alu$fun = dec$alu_fn;
        alu$a = a;
        alu$b = opb;
        alu$cy_in = sr_cy;
        alu$flag_in = sr_f;
        alu$sf_eq = dec$sf_eq;
        alu$sf_ne = dec$sf_ne;
        alu$sf_gt = dec$sf_gt;
        alu$sf_ge = dec$sf_ge;
        alu$sf_lt = dec$sf_lt;
        alu$sf_le = dec$sf_le;
        alu$sf_signed = dec$sf_signed;
        mul$a = a;
        mul$b = opb;
        div0 = ~|b;
        div$a = a;
        div$b = b;
        div$sgn = dec$div;
        div$start = ok & (dec$div | dec$divu) & ~div0 & (cyc == 32'h0);
        muldiv = dec$mul | dec$mulu | dec$mac | dec$msb;
        prod = (((mul$hi_s) & 64'hffffffffffffffff) << 32'h20) | ((mul$lo) & 64'hffffffffffffffff);
        msb = dec$msb;
        lo_sext = 32'h0;
        if (mul$lo[32'h1f]) begin
            lo_sext = 64'hffffffff;
        end
        result = alu$result;
        ov = alu$ov;
        ov_we = dec$alu_flags;
        if (dec$mul) begin
            result = mul$lo;
            ov = mul$hi_s != lo_sext;
            ov_we = 1'b1;
        end
        if (dec$mulu) begin
            result = mul$lo;
        end
        if (dec$div | dec$divu) begin
            result = div$quotient;
            if (div0) begin
                result = a;
            end
        end
        if (dec$div) begin
            ov = div0;
            ov_we = 1'b1;
        end
        if (dec$mac | dec$msb) begin
            ov = mac_ov;
            ov_we = 1'b1;
        end
        if (dec$macrc) begin
            result = mac_lo;
        end
        if (dec$link) begin
            result = pc + 32'h8;
        end
        range = ok & ov_we & ov & sr_ove;
        f_we = dec$sf;
        f = alu$cmp;
        cy_we = dec$alu_flags | dec$mulu | dec$divu;
        cy = (dec$alu_flags & alu$cy) | (dec$mulu & |mul$hi_u) | (dec$divu & div0);
        acc_we = dec$mac | dec$msb;
        acc_clr = dec$macrc;
        res_ok = ~(dec$load | dec$mfspr);
        if (muldiv & (cyc == 32'h0)) begin
            res_ok = 1'b0;
        end
        if ((dec$div | dec$divu) & ~div0 & ((cyc == 32'h0) | ~div$done)) begin
            res_ok = 1'b0;
        end
        branch = dec$branch;
        jmisaligned = ok & dec$branch & dec$br_reg & |b[(32'h0)+:(2)];
        taken = ok & dec$branch & ~jmisaligned & ((~dec$br_if_f & ~dec$br_if_nf) | (dec$br_if_f & sr_f) | (dec$br_if_nf & ~sr_f));
        target = pc + dec$br_off;
        if (dec$br_reg) begin
            target = b;
        end
        npc = pc + 32'h4;
        if (ds) begin
            npc = br_next;
        end
        ea = a + dec$imm;
        if (dec$mfspr | dec$mtspr) begin
            ea = a | dec$imm;
        end
        misaligned = (ok & (dec$load | (dec$store & ~dec$swa)) & (((dec$size == 32'h4) & |ea[(32'h0)+:(2)]) | ((dec$size == 32'h2) & ea[32'h0]))) | jmisaligned;
        busy = 1'b0;
        if (ok) begin
            if (~res_ok & ~dec$load & ~dec$mfspr) begin
                busy = 1'b1;
            end
            if (muldiv & (cyc == 32'h0)) begin
                busy = 1'b1;
            end
            if (dec$branch & ~ds_ready) begin
                busy = 1'b1;
            end
        end
    end
    
endmodule // top$core$exu


module top$core$exu$alu(fun,a,b,cy_in,flag_in,result,cy,ov,sf_eq,sf_ne,sf_gt,sf_ge,sf_lt,sf_le,sf_signed,cmp);
    
    // Module arguments
    input wire  [4:0] fun;
    input wire  [31:0] a;
    input wire  [31:0] b;
    input wire  cy_in;
    input wire  flag_in;
    output reg  [31:0] result;
    output reg  cy;
    output reg  ov;
    input wire  sf_eq;
    input wire  sf_ne;
    input wire  sf_gt;
    input wire  sf_ge;
    input wire  sf_lt;
    input wire  sf_le;
    input wire  sf_signed;
    output reg  cmp;
    
    // Enums
    localparam AluFn$Add = 0;
    localparam AluFn$Addc = 1;
    localparam AluFn$Sub = 2;
    localparam AluFn$And = 3;
    localparam AluFn$Or = 4;
    localparam AluFn$Xor = 5;
    localparam AluFn$Sll = 6;
    localparam AluFn$Srl = 7;
    localparam AluFn$Sra = 8;
    localparam AluFn$Ror = 9;
    localparam AluFn$Exths = 10;
    localparam AluFn$Extbs = 11;
    localparam AluFn$Exthz = 12;
    localparam AluFn$Extbz = 13;
    localparam AluFn$PassA = 14;
    localparam AluFn$PassB = 15;
    localparam AluFn$Cmov = 16;
    localparam AluFn$Ff1 = 17;
    localparam AluFn$Fl1 = 18;
    
    // Local signals
    reg  [32:0] sum;
    reg  [32:0] diff;
    reg  [31:0] amt;
    reg  [31:0] fill;
    reg  [31:0] ff1;
    reg  [31:0] lo;
    reg  [31:0] t1;
    reg  [31:0] n1;
    reg  [31:0] t2;
    reg  [31:0] n2;
    reg  [31:0] fl1;
    reg  [31:0] ca;
    reg  [31:0] cb;
    reg  lt;
    reg  eq;
    
    // Update code
    always @(*) begin
        sum = ((a) & 33'h1ffffffff) + ((b) & 33'h1ffffffff);
        if ((fun == AluFn$Addc) & cy_in) begin
            sum = ((a) & 33'h1ffffffff) + ((b) & 33'h1ffffffff) + 32'h1;
        end
        diff = ((a) & 33'h1ffffffff) - ((b) & 33'h1ffffffff);
        amt = ((b[(32'h0)+:(5)]) & 32'hffffffff);
        fill = 32'h0;
        if (a[32'h1f]) begin
            fill = ~(((64'hffffffff) & 32'hffffffff) >> amt);
        end
        lo = a & (~a + 32'h1);
        t1 = a;
        n1 = 32'h0;
        t2 = lo;
        n2 = 32'h0;
        if (|(t1 >> 32'h10)) begin
            n1 = n1 | 32'h10;
            t1 = t1 >> 32'h10;
        end
        if (|(t2 >> 32'h10)) begin
            n2 = n2 | 32'h10;
            t2 = t2 >> 32'h10;
        end
        if (|(t1 >> 32'h8)) begin
            n1 = n1 | 32'h8;
            t1 = t1 >> 32'h8;
        end
        if (|(t2 >> 32'h8)) begin
            n2 = n2 | 32'h8;
            t2 = t2 >> 32'h8;
        end
        if (|(t1 >> 32'h4)) begin
            n1 = n1 | 32'h4;
            t1 = t1 >> 32'h4;
        end
        if (|(t2 >> 32'h4)) begin
            n2 = n2 | 32'h4;
            t2 = t2 >> 32'h4;
        end
        if (|(t1 >> 32'h2)) begin
            n1 = n1 | 32'h2;
            t1 = t1 >> 32'h2;
        end
        if (|(t2 >> 32'h2)) begin
            n2 = n2 | 32'h2;
            t2 = t2 >> 32'h2;
        end
        if (|(t1 >> 32'h1)) begin
            n1 = n1 | 32'h1;
        end
        if (|(t2 >> 32'h1)) begin
            n2 = n2 | 32'h1;
        end
        fl1 = 32'h0;
        if (|a) begin
            fl1 = n1 + 32'h1;
        end
        ff1 = 32'h0;
        if (|a) begin
            ff1 = n2 + 32'h1;
        end
        ca = a;
        cb = b;
        if (sf_signed) begin
            ca = a ^ 64'h80000000;
            cb = b ^ 64'h80000000;
        end
        lt = ca < cb;
        eq = a == b;
        cmp = (sf_eq & eq) | (sf_ne & ~eq) | (sf_gt & ~lt & ~eq) | (sf_ge & ~lt) | (sf_lt & lt) | (sf_le & (lt | eq));
        cy = sum[32'h20];
        ov = (a[32'h1f] == b[32'h1f]) & (sum[32'h1f] != a[32'h1f]);
        if (fun == AluFn$Sub) begin
            cy = diff[32'h20];
            ov = (a[32'h1f] != b[32'h1f]) & (diff[32'h1f] != a[32'h1f]);
        end
        result = sum[(32'h0)+:(32)];
        case (fun)
            AluFn$Add:
                begin
                    result = sum[(32'h0)+:(32)];
                end
            AluFn$Addc:
                begin
                    result = sum[(32'h0)+:(32)];
                end
            AluFn$Sub:
                begin
                    result = diff[(32'h0)+:(32)];
                end
            AluFn$And:
                begin
                    result = a & b;
                end
            AluFn$Or:
                begin
                    result = a | b;
                end
            AluFn$Xor:
                begin
                    result = a ^ b;
                end
            AluFn$Sll:
                begin
                    result = a << amt;
                end
            AluFn$Srl:
                begin
                    result = a >> amt;
                end
            AluFn$Sra:
                begin
                    result = (a >> amt) | fill;
                end
            AluFn$Ror:
                begin
                    result = a;
                    if (|amt) begin
                        result = (a >> amt) | (a << (((32'h20) & 32'hffffffff) - amt));
                    end
                end
            AluFn$Exths:
                begin
                    result = ((a[(32'h0)+:(16)]) & 32'hffffffff);
                    if (a[32'hf]) begin
                        result = ((a[(32'h0)+:(16)]) & 32'hffffffff) | 64'hffff0000;
                    end
                end
            AluFn$Extbs:
                begin
                    result = ((a[(32'h0)+:(8)]) & 32'hffffffff);
                    if (a[32'h7]) begin
                        result = ((a[(32'h0)+:(8)]) & 32'hffffffff) | 64'hffffff00;
                    end
                end
            AluFn$Exthz:
                begin
                    result = ((a[(32'h0)+:(16)]) & 32'hffffffff);
                end
            AluFn$Extbz:
                begin
                    result = ((a[(32'h0)+:(8)]) & 32'hffffffff);
                end
            AluFn$PassA:
                begin
                    result = a;
                end
            AluFn$PassB:
                begin
                    result = b;
                end
            AluFn$Cmov:
                begin
                    result = b;
                    if (flag_in) begin
                        result = a;
                    end
                end
            AluFn$Ff1:
                begin
                    result = ff1;
                end
            AluFn$Fl1:
                begin
                    result = fl1;
                end
        endcase
    end
    
endmodule // top$core$exu$alu


module top$core$exu$dec(insn,illegal,rd_we,link,ra,uses_ra,rb,uses_rb,use_imm,imm,alu_fn,alu_flags,branch,br_reg,br_if_f,br_if_nf,br_off,load,store,size,load_signed,lwa,swa,mul,mulu,div,divu,mac,msb,macrc,sf,sf_eq,sf_ne,sf_gt,sf_ge,sf_lt,sf_le,sf_signed,mfspr,mtspr,rfe,sys,trap,nop,smc,vmcall,vmenter);
    
    // Module arguments
    input wire  [31:0] insn;
    output reg  illegal;
    output reg  rd_we;
    output reg  link;
    output reg  [4:0] ra;
    output reg  uses_ra;
    output reg  [4:0] rb;
    output reg  uses_rb;
    output reg  use_imm;
    output reg  [31:0] imm;
    output reg  [4:0] alu_fn;
    output reg  alu_flags;
    output reg  branch;
    output reg  br_reg;
    output reg  br_if_f;
    output reg  br_if_nf;
    output reg  [31:0] br_off;
    output reg  load;
    output reg  store;
    output reg  [2:0] size;
    output reg  load_signed;
    output reg  lwa;
    output reg  swa;
    output reg  mul;
    output reg  mulu;
    output reg  div;
    output reg  divu;
    output reg  mac;
    output reg  msb;
    output reg  macrc;
    output reg  sf;
    output reg  sf_eq;
    output reg  sf_ne;
    output reg  sf_gt;
    output reg  sf_ge;
    output reg  sf_lt;
    output reg  sf_le;
    output reg  sf_signed;
    output reg  mfspr;
    output reg  mtspr;
    output reg  rfe;
    output reg  sys;
    output reg  trap;
    output reg  nop;
    output reg  smc;
    output reg  vmcall;
    output reg  vmenter;
    
    // Constant declarations
    localparam  op_j = 6'b0;
    localparam  op_jal = 6'b1;
    localparam  op_bnf = 6'b11;
    localparam  op_bf = 6'b100;
    localparam  op_nop = 6'b101;
    localparam  op_movhi = 6'b110;
    localparam  op_systrap = 6'b1000;
    localparam  op_rfe = 6'b1001;
    localparam  op_cust1 = 6'b11100;
    localparam  k_smc = 32'h70000001;
    localparam  k_vmcall = 32'h70000002;
    localparam  k_vmenter = 32'h70000003;
    localparam  k_vmenter_mask = 32'hffe007ff;
    localparam  op_jr = 6'b10001;
    localparam  op_jalr = 6'b10010;
    localparam  op_maci = 6'b10011;
    localparam  op_lwa = 6'b11011;
    localparam  op_lwz = 6'b100001;
    localparam  op_lws = 6'b100010;
    localparam  op_lbz = 6'b100011;
    localparam  op_lbs = 6'b100100;
    localparam  op_lhz = 6'b100101;
    localparam  op_lhs = 6'b100110;
    localparam  op_addi = 6'b100111;
    localparam  op_addic = 6'b101000;
    localparam  op_andi = 6'b101001;
    localparam  op_ori = 6'b101010;
    localparam  op_xori = 6'b101011;
    localparam  op_muli = 6'b101100;
    localparam  op_mfspr = 6'b101101;
    localparam  op_shifti = 6'b101110;
    localparam  op_sfi = 6'b101111;
    localparam  op_mtspr = 6'b110000;
    localparam  op_mac = 6'b110001;
    localparam  op_swa = 6'b110011;
    localparam  op_sw = 6'b110101;
    localparam  op_sb = 6'b110110;
    localparam  op_sh = 6'b110111;
    localparam  op_alu = 6'b111000;
    localparam  op_sf = 6'b111001;
    localparam  alu_add = 4'h0;
    localparam  alu_addc = 4'h1;
    localparam  alu_sub = 4'h2;
    localparam  alu_and = 4'h3;
    localparam  alu_or = 4'h4;
    localparam  alu_xor = 4'h5;
    localparam  alu_mul = 4'h6;
    localparam  alu_shift = 4'h8;
    localparam  alu_div = 4'h9;
    localparam  alu_divu = 4'ha;
    localparam  alu_mulu = 4'hb;
    localparam  alu_exthb = 4'hc;
    localparam  alu_extw = 4'hd;
    localparam  alu_cmov = 4'he;
    localparam  alu_ffl1 = 4'hf;
    localparam  shift_sll = 4'h0;
    localparam  shift_srl = 4'h1;
    localparam  shift_sra = 4'h2;
    localparam  shift2_sll = 2'b0;
    localparam  shift2_srl = 2'b1;
    localparam  shift2_sra = 2'b10;
    localparam  ext_hs = 4'h0;
    localparam  ext_bs = 4'h1;
    localparam  ext_hz = 4'h2;
    localparam  ext_ws = 4'h0;
    localparam  ext_wz = 4'h1;
    localparam  sf_c_eq = 5'b0;
    localparam  sf_c_ne = 5'b1;
    localparam  sf_c_gtu = 5'b10;
    localparam  sf_c_geu = 5'b11;
    localparam  sf_c_ltu = 5'b100;
    localparam  sf_c_leu = 5'b101;
    localparam  sf_c_gts = 5'b1010;
    localparam  sf_c_ges = 5'b1011;
    localparam  sf_c_lts = 5'b1100;
    localparam  sf_c_les = 5'b1101;
    localparam  sys_sys = 10'b0;
    localparam  sys_trap = 10'b100000000;
    localparam  sys_msync = 10'b1000000000;
    localparam  sys_psync = 10'b1010000000;
    localparam  sys_csync = 10'b1100000000;
    localparam  mac_mac = 4'h1;
    localparam  mac_msb = 4'h2;
    localparam  nop_tag = 2'b1;
    localparam  gpr_window = 11'b100000;
    
    // Enums
    localparam AluFn$Add = 0;
    localparam AluFn$Addc = 1;
    localparam AluFn$Sub = 2;
    localparam AluFn$And = 3;
    localparam AluFn$Or = 4;
    localparam AluFn$Xor = 5;
    localparam AluFn$Sll = 6;
    localparam AluFn$Srl = 7;
    localparam AluFn$Sra = 8;
    localparam AluFn$Ror = 9;
    localparam AluFn$Exths = 10;
    localparam AluFn$Extbs = 11;
    localparam AluFn$Exthz = 12;
    localparam AluFn$Extbz = 13;
    localparam AluFn$PassA = 14;
    localparam AluFn$PassB = 15;
    localparam AluFn$Cmov = 16;
    localparam AluFn$Ff1 = 17;
    localparam AluFn$Fl1 = 18;
    
    // Local signals
    reg  [5:0] op;
    reg  [3:0] sub;
    reg  [3:0] sel;
    reg  [1:0] op2;
    reg  [4:0] cond;
    reg  [31:0] simm;
    reg  [31:0] split;
    reg  cond_ok;
    
    // Update code
    always @(*) begin
        op = insn[(32'h1a)+:(6)];
        sub = insn[(32'h0)+:(4)];
        sel = insn[(32'h6)+:(4)];
        op2 = insn[(32'h8)+:(2)];
        cond = insn[(32'h15)+:(5)];
        simm = ((insn[(32'h0)+:(16)]) & 32'hffffffff);
        if (insn[32'hf]) begin
            simm = simm | 64'hffff0000;
        end
        split = ((insn[(32'h0)+:(11)]) & 32'hffffffff) | (((insn[(32'h15)+:(5)]) & 32'hffffffff) << 32'hb);
        if (insn[32'h19]) begin
            split = split | 64'hffff0000;
        end
        br_off = ((insn[(32'h0)+:(26)]) & 32'hffffffff) << 32'h2;
        if (insn[32'h19]) begin
            br_off = br_off | 64'hf0000000;
        end
        cond_ok = (cond == sf_c_eq) | (cond == sf_c_ne) | (cond == sf_c_gtu) | (cond == sf_c_geu) | (cond == sf_c_ltu) | (cond == sf_c_leu) | (cond == sf_c_gts) | (cond == sf_c_ges) | (cond == sf_c_lts) | (cond == sf_c_les);
        sf_eq = cond == sf_c_eq;
        sf_ne = cond == sf_c_ne;
        sf_gt = (cond == sf_c_gtu) | (cond == sf_c_gts);
        sf_ge = (cond == sf_c_geu) | (cond == sf_c_ges);
        sf_lt = (cond == sf_c_ltu) | (cond == sf_c_lts);
        sf_le = (cond == sf_c_leu) | (cond == sf_c_les);
        sf_signed = (cond == sf_c_gts) | (cond == sf_c_ges) | (cond == sf_c_lts) | (cond == sf_c_les);
        illegal = 1'b0;
        rd_we = 1'b0;
        link = 1'b0;
        ra = insn[(32'h10)+:(5)];
        rb = insn[(32'hb)+:(5)];
        uses_ra = 1'b0;
        uses_rb = 1'b0;
        use_imm = 1'b0;
        imm = simm;
        alu_fn = AluFn$Add;
        alu_flags = 1'b0;
        branch = 1'b0;
        br_reg = 1'b0;
        br_if_f = 1'b0;
        br_if_nf = 1'b0;
        load = 1'b0;
        store = 1'b0;
        size = 32'h4;
        load_signed = 1'b0;
        lwa = 1'b0;
        swa = 1'b0;
        mul = 1'b0;
        mulu = 1'b0;
        div = 1'b0;
        divu = 1'b0;
        mac = 1'b0;
        msb = 1'b0;
        macrc = 1'b0;
        sf = 1'b0;
        mfspr = 1'b0;
        mtspr = 1'b0;
        rfe = 1'b0;
        sys = 1'b0;
        trap = 1'b0;
        nop = 1'b0;
        smc = 1'b0;
        vmcall = 1'b0;
        vmenter = 1'b0;
        if (op == op_j) begin
            branch = 1'b1;
        end
        else if (op == op_jal) begin
            branch = 1'b1;
            link = 1'b1;
        end
        else if (op == op_bnf) begin
            branch = 1'b1;
            br_if_nf = 1'b1;
        end
        else if (op == op_bf) begin
            branch = 1'b1;
            br_if_f = 1'b1;
        end
        else if (op == op_nop) begin
            if (insn[(32'h18)+:(2)] == nop_tag) begin
                nop = 1'b1;
                ra = 32'h3;
                uses_ra = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_movhi) begin
            if (~insn[32'h10]) begin
                rd_we = 1'b1;
                use_imm = 1'b1;
                imm = ((insn[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10;
                alu_fn = AluFn$PassB;
            end
            else if (~|insn[(32'h0)+:(16)]) begin
                macrc = 1'b1;
                rd_we = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_systrap) begin
            if (insn[(32'h10)+:(10)] == sys_sys) begin
                sys = 1'b1;
            end
            else if (insn[(32'h10)+:(10)] == sys_trap) begin
                trap = 1'b1;
            end
            else if (((insn[(32'h10)+:(10)] == sys_msync) | (insn[(32'h10)+:(10)] == sys_psync) | (insn[(32'h10)+:(10)] == sys_csync)) & ~|insn[(32'h0)+:(16)]) begin
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_rfe) begin
            rfe = 1'b1;
        end
        else if (op == op_cust1) begin
            if (insn == k_smc) begin
                smc = 1'b1;
            end
            else if (insn == k_vmcall) begin
                vmcall = 1'b1;
            end
            else if ((insn & k_vmenter_mask) == k_vmenter) begin
                vmenter = 1'b1;
                uses_ra = 1'b1;
                uses_rb = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_jr) begin
            branch = 1'b1;
            br_reg = 1'b1;
            uses_rb = 1'b1;
        end
        else if (op == op_jalr) begin
            branch = 1'b1;
            br_reg = 1'b1;
            uses_rb = 1'b1;
            link = 1'b1;
        end
        else if (op == op_maci) begin
            mac = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
        end
        else if (op == op_lwa) begin
            load = 1'b1;
            lwa = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
        end
        else if ((op == op_lwz) | (op == op_lws)) begin
            load = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
        end
        else if ((op == op_lbz) | (op == op_lbs)) begin
            load = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
            size = 32'h1;
            load_signed = op == op_lbs;
        end
        else if ((op == op_lhz) | (op == op_lhs)) begin
            load = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
            size = 32'h2;
            load_signed = op == op_lhs;
        end
        else if ((op == op_addi) | (op == op_addic)) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            alu_flags = 1'b1;
            if (op == op_addic) begin
                alu_fn = AluFn$Addc;
            end
        end
        else if ((op == op_andi) | (op == op_ori)) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            imm = ((insn[(32'h0)+:(16)]) & 32'hffffffff);
            if (op == op_andi) begin
                alu_fn = AluFn$And;
            end
            else begin
                alu_fn = AluFn$Or;
            end
        end
        else if (op == op_xori) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            alu_fn = AluFn$Xor;
        end
        else if (op == op_muli) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            mul = 1'b1;
        end
        else if (op == op_mfspr) begin
            mfspr = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            imm = ((insn[(32'h0)+:(16)]) & 32'hffffffff);
            if (~|insn[(32'h10)+:(5)] & (insn[(32'h5)+:(11)] == gpr_window)) begin
                rb = insn[(32'h0)+:(5)];
                uses_rb = 1'b1;
            end
        end
        else if (op == op_shifti) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            imm = ((insn[(32'h0)+:(6)]) & 32'hffffffff);
            if (insn[(32'h6)+:(2)] == shift2_sll) begin
                alu_fn = AluFn$Sll;
            end
            else if (insn[(32'h6)+:(2)] == shift2_srl) begin
                alu_fn = AluFn$Srl;
            end
            else if (insn[(32'h6)+:(2)] == shift2_sra) begin
                alu_fn = AluFn$Sra;
            end
            else begin
                alu_fn = AluFn$Ror;
            end
        end
        else if (op == op_sfi) begin
            sf = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            illegal = ~cond_ok;
        end
        else if (op == op_mtspr) begin
            mtspr = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            imm = ((split[(32'h0)+:(16)]) & 32'hffffffff);
        end
        else if (op == op_mac) begin
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            if (sub == mac_mac) begin
                mac = 1'b1;
            end
            else if (sub == mac_msb) begin
                msb = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_swa) begin
            store = 1'b1;
            swa = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            imm = split;
        end
        else if ((op == op_sw) | (op == op_sb) | (op == op_sh)) begin
            store = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            imm = split;
            if (op == op_sb) begin
                size = 32'h1;
            end
            if (op == op_sh) begin
                size = 32'h2;
            end
        end
        else if (op == op_alu) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            if ((sub == alu_add) & (op2 == 32'h0)) begin
                alu_flags = 1'b1;
            end
            else if ((sub == alu_addc) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Addc;
                alu_flags = 1'b1;
            end
            else if ((sub == alu_sub) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Sub;
                alu_flags = 1'b1;
            end
            else if ((sub == alu_and) & (op2 == 32'h0)) begin
                alu_fn = AluFn$And;
            end
            else if ((sub == alu_or) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Or;
            end
            else if ((sub == alu_xor) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Xor;
            end
            else if ((sub == alu_cmov) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Cmov;
            end
            else if ((sub == alu_mul) & (op2 == 32'h3)) begin
                mul = 1'b1;
            end
            else if ((sub == alu_mulu) & (op2 == 32'h3)) begin
                mulu = 1'b1;
            end
            else if ((sub == alu_div) & (op2 == 32'h3)) begin
                div = 1'b1;
            end
            else if ((sub == alu_divu) & (op2 == 32'h3)) begin
                divu = 1'b1;
            end
            else if ((sub == alu_ffl1) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Ff1;
            end
            else if ((sub == alu_ffl1) & (op2 == 32'h1)) begin
                alu_fn = AluFn$Fl1;
            end
            else if ((sub == alu_shift) & (op2 == 32'h0)) begin
                if (sel == shift_sll) begin
                    alu_fn = AluFn$Sll;
                end
                else if (sel == shift_srl) begin
                    alu_fn = AluFn$Srl;
                end
                else if (sel == shift_sra) begin
                    alu_fn = AluFn$Sra;
                end
                else begin
                    alu_fn = AluFn$Ror;
                end
            end
            else if ((sub == alu_exthb) & (op2 == 32'h0)) begin
                if (sel == ext_hs) begin
                    alu_fn = AluFn$Exths;
                end
                else if (sel == ext_bs) begin
                    alu_fn = AluFn$Extbs;
                end
                else if (sel == ext_hz) begin
                    alu_fn = AluFn$Exthz;
                end
                else begin
                    alu_fn = AluFn$Extbz;
                end
            end
            else if ((sub == alu_extw) & ((sel == ext_ws) | (sel == ext_wz))) begin
                alu_fn = AluFn$PassA;
            end
            else begin
                illegal = 1'b1;
                rd_we = 1'b0;
            end
        end
        else if (op == op_sf) begin
            sf = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            illegal = ~cond_ok;
        end
        else begin
            illegal = 1'b1;
        end
    end
    
endmodule // top$core$exu$dec


module top$core$exu$div(clock,start,sgn,a,b,quotient,done);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  sgn;
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [31:0] quotient;
    output reg  done;
    
    // Stub signals
    reg  [31:0] rem$d;
    wire  [31:0] rem$q;
    reg  rem$clock;
    reg  [31:0] quo$d;
    wire  [31:0] quo$q;
    reg  quo$clock;
    reg  [31:0] dvs$d;
    wire  [31:0] dvs$q;
    reg  dvs$clock;
    reg  [5:0] count$d;
    wire  [5:0] count$q;
    reg  count$clock;
    reg  neg$d;
    wire  neg$q;
    reg  neg$clock;
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  fin$d;
    wire  fin$q;
    reg  fin$clock;
    
    // Local signals
    reg  [31:0] mag;
    reg  [32:0] shifted;
    reg  [32:0] trial;
    reg  [31:0] rem1;
    reg  [31:0] quo1;
    reg  [32:0] shifted2;
    reg  [32:0] trial2;
    
    // Sub module instances
    top$core$exu$div$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$core$exu$div$quo quo(
        .d(quo$d),
        .q(quo$q),
        .clock(quo$clock)
    );
    top$core$exu$div$dvs dvs(
        .d(dvs$d),
        .q(dvs$q),
        .clock(dvs$clock)
    );
    top$core$exu$div$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$core$exu$div$neg neg(
        .d(neg$d),
        .q(neg$q),
        .clock(neg$clock)
    );
    top$core$exu$div$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$core$exu$div$fin fin(
        .d(fin$d),
        .q(fin$q),
        .clock(fin$clock)
    );
    
    // Update code
    always @(*) begin
        rem$clock = clock;
        quo$clock = clock;
        dvs$clock = clock;
        count$clock = clock;
        neg$clock = clock;
        busy$clock = clock;
        fin$clock = clock;
        rem$d = rem$q;
        quo$d = quo$q;
        dvs$d = dvs$q;
        count$d = count$q;
        neg$d = neg$q;
        busy$d = busy$q;
        fin$d = fin$q;
        shifted = (((rem$q) & 33'h1ffffffff) << 32'h1) | ((quo$q[(32'h1f)+:(1)]) & 33'h1ffffffff);
        trial = shifted - ((dvs$q) & 33'h1ffffffff);
        rem1 = trial[(32'h0)+:(32)];
        quo1 = (quo$q << 32'h1) | 32'h1;
        if (trial[32'h20]) begin
            rem1 = shifted[(32'h0)+:(32)];
            quo1 = quo$q << 32'h1;
        end
        shifted2 = (((rem1) & 33'h1ffffffff) << 32'h1) | ((quo1[(32'h1f)+:(1)]) & 33'h1ffffffff);
        trial2 = shifted2 - ((dvs$q) & 33'h1ffffffff);
        mag = a;
        if (sgn & a[32'h1f]) begin
            mag = ~a + 32'h1;
        end
        if (start) begin
            rem$d = 32'h0;
            quo$d = mag;
            count$d = 32'h20;
            if (~|mag[(32'h10)+:(16)]) begin
                quo$d = mag << 32'h10;
                count$d = 32'h10;
                if (~|mag[(32'h8)+:(8)]) begin
                    quo$d = mag << 32'h18;
                    count$d = 32'h8;
                end
            end
            dvs$d = b;
            if (sgn & b[32'h1f]) begin
                dvs$d = ~b + 32'h1;
            end
            neg$d = sgn & (a[32'h1f] != b[32'h1f]);
            busy$d = 1'b1;
            fin$d = 1'b0;
        end
        else if (busy$q) begin
            if (trial2[32'h20]) begin
                rem$d = shifted2[(32'h0)+:(32)];
                quo$d = quo1 << 32'h1;
            end
            else begin
                rem$d = trial2[(32'h0)+:(32)];
                quo$d = (quo1 << 32'h1) | 32'h1;
            end
            count$d = count$q - 32'h2;
            if (count$q == 32'h2) begin
                busy$d = 1'b0;
                fin$d = 1'b1;
            end
        end
        done = fin$q;
        quotient = quo$q;
        if (neg$q) begin
            quotient = ~quo$q + 32'h1;
        end
    end
    
endmodule // top$core$exu$div


module top$core$exu$div$busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$div$busy


module top$core$exu$div$count(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$div$count


module top$core$exu$div$dvs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$div$dvs


module top$core$exu$div$fin(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$div$fin


module top$core$exu$div$neg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$div$neg


module top$core$exu$div$quo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$div$quo


module top$core$exu$div$rem(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$div$rem


module top$core$exu$mul(clock,a,b,lo,hi_u,hi_s);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [31:0] lo;
    output reg  [31:0] hi_u;
    output reg  [31:0] hi_s;
    
    // Stub signals
    reg  [31:0] pp_ll$d;
    wire  [31:0] pp_ll$q;
    reg  pp_ll$clock;
    reg  [31:0] pp_lh$d;
    wire  [31:0] pp_lh$q;
    reg  pp_lh$clock;
    reg  [31:0] pp_hl$d;
    wire  [31:0] pp_hl$q;
    reg  pp_hl$clock;
    reg  [31:0] pp_hh$d;
    wire  [31:0] pp_hh$q;
    reg  pp_hh$clock;
    reg  [31:0] a_q$d;
    wire  [31:0] a_q$q;
    reg  a_q$clock;
    reg  [31:0] b_q$d;
    wire  [31:0] b_q$q;
    reg  b_q$clock;
    
    // Local signals
    reg  [63:0] prod;
    reg  [31:0] corr;
    
    // Sub module instances
    top$core$exu$mul$pp_ll pp_ll(
        .d(pp_ll$d),
        .q(pp_ll$q),
        .clock(pp_ll$clock)
    );
    top$core$exu$mul$pp_lh pp_lh(
        .d(pp_lh$d),
        .q(pp_lh$q),
        .clock(pp_lh$clock)
    );
    top$core$exu$mul$pp_hl pp_hl(
        .d(pp_hl$d),
        .q(pp_hl$q),
        .clock(pp_hl$clock)
    );
    top$core$exu$mul$pp_hh pp_hh(
        .d(pp_hh$d),
        .q(pp_hh$q),
        .clock(pp_hh$clock)
    );
    top$core$exu$mul$a_q a_q(
        .d(a_q$d),
        .q(a_q$q),
        .clock(a_q$clock)
    );
    top$core$exu$mul$b_q b_q(
        .d(b_q$d),
        .q(b_q$q),
        .clock(b_q$clock)
    );
    
    // Update code
    always @(*) begin
        pp_ll$clock = clock;
        pp_lh$clock = clock;
        pp_hl$clock = clock;
        pp_hh$clock = clock;
        a_q$clock = clock;
        b_q$clock = clock;
        pp_ll$d = pp_ll$q;
        pp_lh$d = pp_lh$q;
        pp_hl$d = pp_hl$q;
        pp_hh$d = pp_hh$q;
        a_q$d = a_q$q;
        b_q$d = b_q$q;
        pp_ll$d = a[(32'h0)+:(16)] * b[(32'h0)+:(16)];
        pp_lh$d = a[(32'h0)+:(16)] * b[(32'h10)+:(16)];
        pp_hl$d = a[(32'h10)+:(16)] * b[(32'h0)+:(16)];
        pp_hh$d = a[(32'h10)+:(16)] * b[(32'h10)+:(16)];
        a_q$d = a;
        b_q$d = b;
        prod = ((pp_ll$q) & 64'hffffffffffffffff) + (((pp_lh$q) & 64'hffffffffffffffff) << 32'h10) + (((pp_hl$q) & 64'hffffffffffffffff) << 32'h10) + (((pp_hh$q) & 64'hffffffffffffffff) << 32'h20);
        lo = prod[(32'h0)+:(32)];
        hi_u = prod[(32'h20)+:(32)];
        corr = 32'h0;
        if (a_q$q[32'h1f]) begin
            corr = b_q$q;
        end
        if (b_q$q[32'h1f]) begin
            corr = corr + a_q$q;
        end
        hi_s = prod[(32'h20)+:(32)] - corr;
    end
    
endmodule // top$core$exu$mul


module top$core$exu$mul$a_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$mul$a_q


module top$core$exu$mul$b_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$mul$b_q


module top$core$exu$mul$pp_hh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$mul$pp_hh


module top$core$exu$mul$pp_hl(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$mul$pp_hl


module top$core$exu$mul$pp_lh(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$mul$pp_lh


module top$core$exu$mul$pp_ll(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$exu$mul$pp_ll


module top$core$fetch(clock,reset,origin,iwb$adr,iwb$dat_w,iwb$sel,iwb$we,iwb$cyc,iwb$stb,iwb$cti,iwb$bte,iwb$tga,iwb$dat_r,iwb$ack,iwb$err,redirect,redirect_pc,flush_id,hold,id_advance,pred,pred_pc,id_valid,id_pc,id_insn,id_fault,id_fault_vec,id_fault_pa,fault_pa,immu$ready,immu$hit,immu$allowed,immu$paddr,immu$ci,immu$fault,immu$fault_vec,pc_next,cached,ic_redirect,ic_redirect_adr,ic_jump,ic_jump_adr);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] origin;
    output reg  [31:0] iwb$adr;
    output reg  [31:0] iwb$dat_w;
    output reg  [3:0] iwb$sel;
    output reg  iwb$we;
    output reg  iwb$cyc;
    output reg  iwb$stb;
    output reg  [2:0] iwb$cti;
    output reg  [1:0] iwb$bte;
    output reg  [7:0] iwb$tga;
    input wire  [31:0] iwb$dat_r;
    input wire  iwb$ack;
    input wire  iwb$err;
    input wire  redirect;
    input wire  [31:0] redirect_pc;
    input wire  flush_id;
    input wire  hold;
    input wire  id_advance;
    input wire  pred;
    input wire  [31:0] pred_pc;
    output reg  id_valid;
    output reg  [31:0] id_pc;
    output reg  [31:0] id_insn;
    output reg  id_fault;
    output reg  [31:0] id_fault_vec;
    output reg  [31:0] id_fault_pa;
    input wire  [31:0] fault_pa;
    input wire  immu$ready;
    input wire  immu$hit;
    input wire  immu$allowed;
    input wire  [31:0] immu$paddr;
    input wire  immu$ci;
    input wire  immu$fault;
    input wire  [31:0] immu$fault_vec;
    output reg  [31:0] pc_next;
    input wire  cached;
    output reg  ic_redirect;
    output reg  [31:0] ic_redirect_adr;
    output reg  ic_jump;
    output reg  [31:0] ic_jump_adr;
    
    // Constant declarations
    localparam  vec_reset = 32'h100;
    localparam  vec_align = 32'h600;
    localparam  vec_bus_error = 32'h200;
    
    // Stub signals
    reg  [31:0] pc$d;
    wire  [31:0] pc$q;
    reg  pc$clock;
    reg  halted$d;
    wire  halted$q;
    reg  halted$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  [31:0] ipc$d;
    wire  [31:0] ipc$q;
    reg  ipc$clock;
    reg  [31:0] insn$d;
    wire  [31:0] insn$q;
    reg  insn$clock;
    reg  fault$d;
    wire  fault$q;
    reg  fault$clock;
    reg  [31:0] fault_vec$d;
    wire  [31:0] fault_vec$q;
    reg  fault_vec$clock;
    reg  valid1$d;
    wire  valid1$q;
    reg  valid1$clock;
    reg  [31:0] ipc1$d;
    wire  [31:0] ipc1$q;
    reg  ipc1$clock;
    reg  [31:0] insn1$d;
    wire  [31:0] insn1$q;
    reg  insn1$clock;
    reg  fault1$d;
    wire  fault1$q;
    reg  fault1$clock;
    reg  [31:0] fault_vec1$d;
    wire  [31:0] fault_vec1$q;
    reg  fault_vec1$clock;
    reg  [31:0] fpa$d;
    wire  [31:0] fpa$q;
    reg  fpa$clock;
    reg  [31:0] fpa1$d;
    wire  [31:0] fpa1$q;
    reg  fpa1$clock;
    reg  pred_done$d;
    wire  pred_done$q;
    reg  pred_done$clock;
    reg  jmp_pend$d;
    wire  jmp_pend$q;
    reg  jmp_pend$clock;
    reg  [31:0] jmp_pc$d;
    wire  [31:0] jmp_pc$q;
    reg  jmp_pc$clock;
    
    // Local signals
    reg  jmp;
    reg  jmp_now;
    reg  [31:0] jmp_tgt;
    reg  [31:0] pc_n;
    reg  tfault;
    reg  [31:0] tvec;
    reg  room;
    reg  req;
    reg  misaligned;
    reg  deliver;
    reg  [31:0] e_insn;
    reg  e_fault;
    reg  [31:0] e_vec;
    
    // Sub module instances
    top$core$fetch$pc pc(
        .d(pc$d),
        .q(pc$q),
        .clock(pc$clock)
    );
    top$core$fetch$halted halted(
        .d(halted$d),
        .q(halted$q),
        .clock(halted$clock)
    );
    top$core$fetch$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$core$fetch$ipc ipc(
        .d(ipc$d),
        .q(ipc$q),
        .clock(ipc$clock)
    );
    top$core$fetch$insn insn(
        .d(insn$d),
        .q(insn$q),
        .clock(insn$clock)
    );
    top$core$fetch$fault fault(
        .d(fault$d),
        .q(fault$q),
        .clock(fault$clock)
    );
    top$core$fetch$fault_vec fault_vec(
        .d(fault_vec$d),
        .q(fault_vec$q),
        .clock(fault_vec$clock)
    );
    top$core$fetch$valid1 valid1(
        .d(valid1$d),
        .q(valid1$q),
        .clock(valid1$clock)
    );
    top$core$fetch$ipc1 ipc1(
        .d(ipc1$d),
        .q(ipc1$q),
        .clock(ipc1$clock)
    );
    top$core$fetch$insn1 insn1(
        .d(insn1$d),
        .q(insn1$q),
        .clock(insn1$clock)
    );
    top$core$fetch$fault1 fault1(
        .d(fault1$d),
        .q(fault1$q),
        .clock(fault1$clock)
    );
    top$core$fetch$fault_vec1 fault_vec1(
        .d(fault_vec1$d),
        .q(fault_vec1$q),
        .clock(fault_vec1$clock)
    );
    top$core$fetch$fpa fpa(
        .d(fpa$d),
        .q(fpa$q),
        .clock(fpa$clock)
    );
    top$core$fetch$fpa1 fpa1(
        .d(fpa1$d),
        .q(fpa1$q),
        .clock(fpa1$clock)
    );
    top$core$fetch$pred_done pred_done(
        .d(pred_done$d),
        .q(pred_done$q),
        .clock(pred_done$clock)
    );
    top$core$fetch$jmp_pend jmp_pend(
        .d(jmp_pend$d),
        .q(jmp_pend$q),
        .clock(jmp_pend$clock)
    );
    top$core$fetch$jmp_pc jmp_pc(
        .d(jmp_pc$d),
        .q(jmp_pc$q),
        .clock(jmp_pc$clock)
    );
    
    // Update code
    always @(*) begin
        pc$clock = clock;
        halted$clock = clock;
        valid$clock = clock;
        ipc$clock = clock;
        insn$clock = clock;
        fault$clock = clock;
        fault_vec$clock = clock;
        valid1$clock = clock;
        ipc1$clock = clock;
        insn1$clock = clock;
        fault1$clock = clock;
        fault_vec1$clock = clock;
        pred_done$clock = clock;
        jmp_pend$clock = clock;
        jmp_pc$clock = clock;
        fpa$clock = clock;
        fpa1$clock = clock;
        pc$d = pc$q;
        halted$d = halted$q;
        valid$d = valid$q;
        ipc$d = ipc$q;
        insn$d = insn$q;
        fault$d = fault$q;
        fault_vec$d = fault_vec$q;
        valid1$d = valid1$q;
        ipc1$d = ipc1$q;
        insn1$d = insn1$q;
        fault1$d = fault1$q;
        fault_vec1$d = fault_vec1$q;
        pred_done$d = pred_done$q;
        jmp_pend$d = jmp_pend$q;
        jmp_pc$d = jmp_pc$q;
        fpa$d = fpa$q;
        fpa1$d = fpa1$q;
        room = ~valid1$q;
        misaligned = |pc$q[(32'h0)+:(2)];
        tfault = misaligned;
        tvec = vec_align;
        if (~misaligned & immu$fault) begin
            tfault = 1'b1;
            tvec = immu$fault_vec;
        end
        iwb$adr = immu$paddr;
        req = ~reset & ~halted$q & ~tfault & immu$ready & (room | ~cached);
        iwb$cyc = req;
        iwb$stb = req;
        iwb$cti = 32'h2;
        iwb$bte = 32'h0;
        iwb$we = 1'b0;
        iwb$sel = 32'hf;
        iwb$dat_w = 32'h0;
        iwb$tga = origin;
        deliver = ~reset & ~halted$q & ~redirect & room & (iwb$ack | iwb$err | tfault);
        pc_n = pc$q;
        e_insn = 32'h0;
        e_fault = 1'b1;
        e_vec = vec_bus_error;
        if (tfault) begin
            e_vec = tvec;
        end
        else if (iwb$ack) begin
            e_insn = iwb$dat_r;
            e_fault = 1'b0;
        end
        jmp = (pred & ~pred_done$q) | jmp_pend$q;
        jmp_tgt = pred_pc;
        if (jmp_pend$q) begin
            jmp_tgt = jmp_pc$q;
        end
        jmp_now = jmp & valid1$q;
        if (pred) begin
            pred_done$d = 1'b1;
        end
        if (id_advance) begin
            pred_done$d = 1'b0;
        end
        if (jmp & ~valid1$q & ~deliver) begin
            jmp_pend$d = 1'b1;
            jmp_pc$d = jmp_tgt;
        end
        else begin
            jmp_pend$d = 1'b0;
        end
        if (jmp_now) begin
            pc_n = jmp_tgt;
        end
        if (deliver) begin
            if (e_fault) begin
                halted$d = 1'b1;
            end
            else begin
                pc_n = pc$q + 32'h4;
                if (jmp) begin
                    pc_n = jmp_tgt;
                end
            end
        end
        if (id_advance | ~valid$q) begin
            valid$d = valid1$q | deliver;
            ipc$d = pc$q;
            insn$d = e_insn;
            fault$d = e_fault;
            fault_vec$d = e_vec;
            fpa$d = fault_pa;
            if (valid1$q) begin
                fpa$d = fpa1$q;
                ipc$d = ipc1$q;
                insn$d = insn1$q;
                fault$d = fault1$q;
                fault_vec$d = fault_vec1$q;
            end
        end
        if (deliver) begin
            ipc1$d = pc$q;
            insn1$d = e_insn;
            fault1$d = e_fault;
            fault_vec1$d = e_vec;
            fpa1$d = fault_pa;
        end
        valid1$d = (valid1$q | deliver) & valid$q & ~id_advance;
        if (redirect) begin
            pc_n = redirect_pc;
            halted$d = 1'b0;
            pred_done$d = 1'b0;
            jmp_pend$d = 1'b0;
            valid1$d = 1'b0;
            if (id_advance) begin
                valid$d = 1'b0;
            end
        end
        if (flush_id | hold) begin
            valid$d = 1'b0;
            valid1$d = 1'b0;
            pred_done$d = 1'b0;
            jmp_pend$d = 1'b0;
        end
        if (reset) begin
            pc_n = vec_reset;
            halted$d = 1'b0;
            pred_done$d = 1'b0;
            jmp_pend$d = 1'b0;
            valid$d = 1'b0;
            valid1$d = 1'b0;
        end
        pc$d = pc_n;
        pc_next = pc_n;
        ic_redirect = redirect | jmp_now;
        ic_redirect_adr = jmp_tgt;
        if (redirect) begin
            ic_redirect_adr = redirect_pc;
        end
        ic_jump = jmp;
        ic_jump_adr = jmp_tgt;
        id_valid = valid$q;
        id_pc = ipc$q;
        id_insn = insn$q;
        id_fault = fault$q;
        id_fault_vec = fault_vec$q;
        id_fault_pa = fpa$q;
    end
    
endmodule // top$core$fetch


module top$core$fetch$fault(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$fault


module top$core$fetch$fault1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$fault1


module top$core$fetch$fault_vec(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$fault_vec


module top$core$fetch$fault_vec1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$fault_vec1


module top$core$fetch$fpa(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$fpa


module top$core$fetch$fpa1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$fpa1


module top$core$fetch$halted(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$halted


module top$core$fetch$insn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$insn


module top$core$fetch$insn1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$insn1


module top$core$fetch$ipc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$ipc


module top$core$fetch$ipc1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$ipc1


module top$core$fetch$jmp_pc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$jmp_pc


module top$core$fetch$jmp_pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$jmp_pend


module top$core$fetch$pc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$pc


module top$core$fetch$pred_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$pred_done


module top$core$fetch$valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$valid


module top$core$fetch$valid1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$fetch$valid1


module top$core$gtick(clock,reset,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy,irq,count,load,load_ttmr,load_ttcr,ttmr,ttcr);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    output reg  irq;
    input wire  count;
    input wire  load;
    input wire  [31:0] load_ttmr;
    input wire  [31:0] load_ttcr;
    output reg  [31:0] ttmr;
    output reg  [31:0] ttcr;
    
    // Constant declarations
    localparam  tp_mask = 32'hfffffff;
    localparam  ip = 32'h10000000;
    localparam  ie = 32'h20000000;
    localparam  m_disabled = 2'b0;
    localparam  m_restart = 2'b1;
    localparam  m_stop = 2'b10;
    localparam  k_ttmr = 32'h5000;
    localparam  k_ttcr = 32'h5001;
    
    // Stub signals
    reg  [31:0] ttmr_q$d;
    wire  [31:0] ttmr_q$q;
    reg  ttmr_q$clock;
    reg  [31:0] ttcr_q$d;
    wire  [31:0] ttcr_q$q;
    reg  ttcr_q$clock;
    
    // Local signals
    reg  [1:0] mode;
    reg  [31:0] inc;
    reg  hit;
    reg  run;
    reg  is_ttmr;
    reg  is_ttcr;
    reg  ttmr_we;
    reg  ttcr_we;
    
    // Sub module instances
    top$core$gtick$ttmr_q ttmr_q(
        .d(ttmr_q$d),
        .q(ttmr_q$q),
        .clock(ttmr_q$clock)
    );
    top$core$gtick$ttcr_q ttcr_q(
        .d(ttcr_q$d),
        .q(ttcr_q$q),
        .clock(ttcr_q$clock)
    );
    
    // Update code
    always @(*) begin
        ttmr_q$clock = clock;
        ttcr_q$clock = clock;
        ttmr_q$d = ttmr_q$q;
        ttcr_q$d = ttcr_q$q;
        is_ttmr = spr$addr == k_ttmr;
        is_ttcr = spr$addr == k_ttcr;
        ttmr_we = spr$we & is_ttmr;
        ttcr_we = spr$we & is_ttcr;
        mode = ttmr_q$q[(32'h1e)+:(2)];
        inc = ttcr_q$q + 32'h1;
        hit = (ttcr_q$q & tp_mask) == (ttmr_q$q & tp_mask);
        run = count & (mode != m_disabled) & ~ttmr_we & ~ttcr_we;
        if (run & (~hit | ((mode != m_restart) & (mode != m_stop)))) begin
            ttcr_q$d = inc;
        end
        if (run & hit & (mode == m_restart)) begin
            ttcr_q$d = 32'h0;
        end
        if (run & hit & |(ttmr_q$q & ie)) begin
            ttmr_q$d = ttmr_q$q | ip;
        end
        if (ttmr_we) begin
            ttmr_q$d = spr$wdata;
        end
        if (ttcr_we) begin
            ttcr_q$d = spr$wdata;
        end
        if (load) begin
            ttmr_q$d = load_ttmr;
            ttcr_q$d = load_ttcr;
        end
        if (reset) begin
            ttmr_q$d = 32'h0;
            ttcr_q$d = 32'h0;
        end
        spr$hit = is_ttmr | is_ttcr;
        spr$busy = 1'b0;
        spr$rdata = 32'h0;
        if (is_ttmr) begin
            spr$rdata = ttmr_q$q;
        end
        if (is_ttcr) begin
            spr$rdata = ttcr_q$q;
        end
        irq = |(ttmr_q$q & ip);
        ttmr = ttmr_q$q;
        ttcr = ttcr_q$q;
    end
    
endmodule // top$core$gtick


module top$core$gtick$ttcr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$gtick$ttcr_q


module top$core$gtick$ttmr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$gtick$ttmr_q


module top$core$icache(clock,reset,enable,f$adr,f$dat_w,f$sel,f$we,f$cyc,f$stb,f$cti,f$bte,f$tga,f$dat_r,f$ack,f$err,f_ci,f_redirect,f_redirect_adr,f_jump,f_jump_adr,m$adr,m$dat_w,m$sel,m$we,m$cyc,m$stb,m$cti,m$bte,m$tga,m$dat_r,m$ack,m$err,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy,miss);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  enable;
    input wire  [31:0] f$adr;
    input wire  [31:0] f$dat_w;
    input wire  [3:0] f$sel;
    input wire  f$we;
    input wire  f$cyc;
    input wire  f$stb;
    input wire  [2:0] f$cti;
    input wire  [1:0] f$bte;
    input wire  [7:0] f$tga;
    output reg  [31:0] f$dat_r;
    output reg  f$ack;
    output reg  f$err;
    input wire  f_ci;
    input wire  f_redirect;
    input wire  [31:0] f_redirect_adr;
    input wire  f_jump;
    input wire  [31:0] f_jump_adr;
    output reg  [31:0] m$adr;
    output reg  [31:0] m$dat_w;
    output reg  [3:0] m$sel;
    output reg  m$we;
    output reg  m$cyc;
    output reg  m$stb;
    output reg  [2:0] m$cti;
    output reg  [1:0] m$bte;
    output reg  [7:0] m$tga;
    input wire  [31:0] m$dat_r;
    input wire  m$ack;
    input wire  m$err;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    output reg  miss;
    
    // Constant declarations
    localparam  line_mask = 32'hf;
    localparam  idx_mask = 32'h1ffc;
    localparam  line_shift = 32'h4;
    localparam  last_beat = 32'h3;
    localparam  k_icbir = 32'h2002;
    localparam  k_iccfgr = 32'h6;
    localparam  k_iccfgr_value = 32'h448;
    localparam  k_tag_valid = 32'h1;
    
    // Stub signals
    reg  [8:0] tags$read_address;
    reg  tags$read_clock;
    wire  [31:0] tags$read_data;
    reg  [8:0] tags$write_address;
    reg  tags$write_clock;
    reg  [31:0] tags$write_data;
    reg  tags$write_enable;
    reg  [10:0] data$read_address;
    reg  data$read_clock;
    wire  [31:0] data$read_data;
    reg  [10:0] data$write_address;
    reg  data$write_clock;
    reg  [31:0] data$write_data;
    reg  data$write_enable;
    reg  [31:0] rd_addr$d;
    wire  [31:0] rd_addr$q;
    reg  rd_addr$clock;
    reg  rd_valid$d;
    wire  rd_valid$q;
    reg  rd_valid$clock;
    reg  refill$d;
    wire  refill$q;
    reg  refill$clock;
    reg  [31:0] rf_base$d;
    wire  [31:0] rf_base$q;
    reg  rf_base$clock;
    reg  [31:0] rf_k$d;
    wire  [31:0] rf_k$q;
    reg  rf_k$clock;
    reg  err_pend$d;
    wire  err_pend$q;
    reg  err_pend$clock;
    reg  [31:0] err_line$d;
    wire  [31:0] err_line$q;
    reg  err_line$clock;
    
    // Local signals
    reg  bypass;
    reg  tag_match;
    reg  lookup;
    reg  hit;
    reg  [31:0] raddr;
    reg  [31:0] tw_addr;
    reg  inv;
    reg  is_icbir;
    reg  is_iccfgr;
    
    // Sub module instances
    top$core$icache$tags tags(
        .read_address(tags$read_address),
        .read_clock(tags$read_clock),
        .read_data(tags$read_data),
        .write_address(tags$write_address),
        .write_clock(tags$write_clock),
        .write_data(tags$write_data),
        .write_enable(tags$write_enable)
    );
    top$core$icache$data data(
        .read_address(data$read_address),
        .read_clock(data$read_clock),
        .read_data(data$read_data),
        .write_address(data$write_address),
        .write_clock(data$write_clock),
        .write_data(data$write_data),
        .write_enable(data$write_enable)
    );
    top$core$icache$rd_addr rd_addr(
        .d(rd_addr$d),
        .q(rd_addr$q),
        .clock(rd_addr$clock)
    );
    top$core$icache$rd_valid rd_valid(
        .d(rd_valid$d),
        .q(rd_valid$q),
        .clock(rd_valid$clock)
    );
    top$core$icache$refill refill(
        .d(refill$d),
        .q(refill$q),
        .clock(refill$clock)
    );
    top$core$icache$rf_base rf_base(
        .d(rf_base$d),
        .q(rf_base$q),
        .clock(rf_base$clock)
    );
    top$core$icache$rf_k rf_k(
        .d(rf_k$d),
        .q(rf_k$q),
        .clock(rf_k$clock)
    );
    top$core$icache$err_pend err_pend(
        .d(err_pend$d),
        .q(err_pend$q),
        .clock(err_pend$clock)
    );
    top$core$icache$err_line err_line(
        .d(err_line$d),
        .q(err_line$q),
        .clock(err_line$clock)
    );
    
    // Update code
    always @(*) begin
        rd_addr$clock = clock;
        rd_valid$clock = clock;
        refill$clock = clock;
        rf_base$clock = clock;
        rf_k$clock = clock;
        err_pend$clock = clock;
        err_line$clock = clock;
        rd_addr$d = rd_addr$q;
        rd_valid$d = rd_valid$q;
        refill$d = refill$q;
        rf_base$d = rf_base$q;
        rf_k$d = rf_k$q;
        err_pend$d = err_pend$q;
        err_line$d = err_line$q;
        tags$read_clock = clock;
        tags$write_clock = clock;
        data$read_clock = clock;
        data$write_clock = clock;
        bypass = ~enable | f_ci;
        tag_match = tags$read_data == ((f$adr & ~line_mask) | k_tag_valid);
        lookup = ~refill$q & ~bypass & f$stb & rd_valid$q & ((rd_addr$q & idx_mask) == (f$adr & idx_mask));
        hit = lookup & tag_match & ~err_pend$q;
        raddr = f$adr;
        if (hit & (f$cti == 32'h2)) begin
            raddr = f$adr + 32'h4;
            if (f_jump) begin
                raddr = f_jump_adr;
            end
        end
        if (f_redirect) begin
            raddr = f_redirect_adr;
        end
        tags$read_address = ((raddr >> line_shift) & 9'h1ff);
        data$read_address = ((raddr >> 32'h2) & 11'h7ff);
        rd_addr$d = raddr & idx_mask;
        rd_valid$d = 1'b1;
        miss = 1'b0;
        f$ack = hit;
        f$err = 1'b0;
        f$dat_r = data$read_data;
        m$adr = rf_base$q + (rf_k$q << 32'h2);
        m$cyc = refill$q;
        m$stb = refill$q;
        m$we = 1'b0;
        m$sel = 32'hf;
        m$dat_w = 32'h0;
        m$bte = 32'h0;
        m$tga = f$tga;
        m$cti = 32'h2;
        if (rf_k$q == last_beat) begin
            m$cti = 32'h7;
        end
        tags$write_enable = 1'b0;
        tw_addr = rf_base$q;
        tags$write_data = rf_base$q | k_tag_valid;
        data$write_enable = 1'b0;
        data$write_address = ((m$adr >> 32'h2) & 11'h7ff);
        data$write_data = m$dat_r;
        is_icbir = spr$addr == k_icbir;
        is_iccfgr = spr$addr == k_iccfgr;
        inv = spr$wreq & is_icbir;
        spr$hit = is_icbir | is_iccfgr;
        spr$busy = inv & refill$q;
        spr$rdata = 32'h0;
        if (is_iccfgr) begin
            spr$rdata = k_iccfgr_value;
        end
        if (refill$q) begin
            if (m$ack) begin
                data$write_enable = 1'b1;
                rf_k$d = rf_k$q + 32'h1;
                if (rf_k$q == last_beat) begin
                    tags$write_enable = 1'b1;
                    refill$d = 1'b0;
                    rd_valid$d = 1'b0;
                end
            end
            else if (m$err) begin
                refill$d = 1'b0;
                rd_valid$d = 1'b0;
                err_pend$d = 1'b1;
                err_line$d = rf_base$q;
            end
        end
        else if (bypass) begin
            m$adr = f$adr;
            m$cyc = f$stb;
            m$stb = f$stb;
            m$cti = f$cti;
            f$ack = m$ack;
            f$err = m$err;
            f$dat_r = m$dat_r;
        end
        else if (lookup & err_pend$q) begin
            if ((f$adr & ~line_mask) == err_line$q) begin
                f$err = 1'b1;
            end
            err_pend$d = 1'b0;
        end
        else if (lookup & ~tag_match) begin
            miss = 1'b1;
            refill$d = 1'b1;
            rf_base$d = f$adr & ~line_mask;
            rf_k$d = 32'h0;
        end
        if (inv & ~refill$q) begin
            tags$write_enable = 1'b1;
            tw_addr = spr$wdata;
            tags$write_data = 32'h0;
            rd_valid$d = 1'b0;
        end
        tags$write_address = ((tw_addr >> line_shift) & 9'h1ff);
        if (reset) begin
            refill$d = 1'b0;
            rd_valid$d = 1'b0;
            err_pend$d = 1'b0;
        end
    end
    
endmodule // top$core$icache


module top$core$icache$data(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$icache$data


module top$core$icache$err_line(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$icache$err_line


module top$core$icache$err_pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$icache$err_pend


module top$core$icache$rd_addr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$icache$rd_addr


module top$core$icache$rd_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$icache$rd_valid


module top$core$icache$refill(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$icache$refill


module top$core$icache$rf_base(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$icache$rf_base


module top$core$icache$rf_k(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$icache$rf_k


module top$core$icache$tags(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 32'h0;
    mem[9'b1] = 32'h0;
    mem[9'b10] = 32'h0;
    mem[9'b11] = 32'h0;
    mem[9'b100] = 32'h0;
    mem[9'b101] = 32'h0;
    mem[9'b110] = 32'h0;
    mem[9'b111] = 32'h0;
    mem[9'b1000] = 32'h0;
    mem[9'b1001] = 32'h0;
    mem[9'b1010] = 32'h0;
    mem[9'b1011] = 32'h0;
    mem[9'b1100] = 32'h0;
    mem[9'b1101] = 32'h0;
    mem[9'b1110] = 32'h0;
    mem[9'b1111] = 32'h0;
    mem[9'b10000] = 32'h0;
    mem[9'b10001] = 32'h0;
    mem[9'b10010] = 32'h0;
    mem[9'b10011] = 32'h0;
    mem[9'b10100] = 32'h0;
    mem[9'b10101] = 32'h0;
    mem[9'b10110] = 32'h0;
    mem[9'b10111] = 32'h0;
    mem[9'b11000] = 32'h0;
    mem[9'b11001] = 32'h0;
    mem[9'b11010] = 32'h0;
    mem[9'b11011] = 32'h0;
    mem[9'b11100] = 32'h0;
    mem[9'b11101] = 32'h0;
    mem[9'b11110] = 32'h0;
    mem[9'b11111] = 32'h0;
    mem[9'b100000] = 32'h0;
    mem[9'b100001] = 32'h0;
    mem[9'b100010] = 32'h0;
    mem[9'b100011] = 32'h0;
    mem[9'b100100] = 32'h0;
    mem[9'b100101] = 32'h0;
    mem[9'b100110] = 32'h0;
    mem[9'b100111] = 32'h0;
    mem[9'b101000] = 32'h0;
    mem[9'b101001] = 32'h0;
    mem[9'b101010] = 32'h0;
    mem[9'b101011] = 32'h0;
    mem[9'b101100] = 32'h0;
    mem[9'b101101] = 32'h0;
    mem[9'b101110] = 32'h0;
    mem[9'b101111] = 32'h0;
    mem[9'b110000] = 32'h0;
    mem[9'b110001] = 32'h0;
    mem[9'b110010] = 32'h0;
    mem[9'b110011] = 32'h0;
    mem[9'b110100] = 32'h0;
    mem[9'b110101] = 32'h0;
    mem[9'b110110] = 32'h0;
    mem[9'b110111] = 32'h0;
    mem[9'b111000] = 32'h0;
    mem[9'b111001] = 32'h0;
    mem[9'b111010] = 32'h0;
    mem[9'b111011] = 32'h0;
    mem[9'b111100] = 32'h0;
    mem[9'b111101] = 32'h0;
    mem[9'b111110] = 32'h0;
    mem[9'b111111] = 32'h0;
    mem[9'b1000000] = 32'h0;
    mem[9'b1000001] = 32'h0;
    mem[9'b1000010] = 32'h0;
    mem[9'b1000011] = 32'h0;
    mem[9'b1000100] = 32'h0;
    mem[9'b1000101] = 32'h0;
    mem[9'b1000110] = 32'h0;
    mem[9'b1000111] = 32'h0;
    mem[9'b1001000] = 32'h0;
    mem[9'b1001001] = 32'h0;
    mem[9'b1001010] = 32'h0;
    mem[9'b1001011] = 32'h0;
    mem[9'b1001100] = 32'h0;
    mem[9'b1001101] = 32'h0;
    mem[9'b1001110] = 32'h0;
    mem[9'b1001111] = 32'h0;
    mem[9'b1010000] = 32'h0;
    mem[9'b1010001] = 32'h0;
    mem[9'b1010010] = 32'h0;
    mem[9'b1010011] = 32'h0;
    mem[9'b1010100] = 32'h0;
    mem[9'b1010101] = 32'h0;
    mem[9'b1010110] = 32'h0;
    mem[9'b1010111] = 32'h0;
    mem[9'b1011000] = 32'h0;
    mem[9'b1011001] = 32'h0;
    mem[9'b1011010] = 32'h0;
    mem[9'b1011011] = 32'h0;
    mem[9'b1011100] = 32'h0;
    mem[9'b1011101] = 32'h0;
    mem[9'b1011110] = 32'h0;
    mem[9'b1011111] = 32'h0;
    mem[9'b1100000] = 32'h0;
    mem[9'b1100001] = 32'h0;
    mem[9'b1100010] = 32'h0;
    mem[9'b1100011] = 32'h0;
    mem[9'b1100100] = 32'h0;
    mem[9'b1100101] = 32'h0;
    mem[9'b1100110] = 32'h0;
    mem[9'b1100111] = 32'h0;
    mem[9'b1101000] = 32'h0;
    mem[9'b1101001] = 32'h0;
    mem[9'b1101010] = 32'h0;
    mem[9'b1101011] = 32'h0;
    mem[9'b1101100] = 32'h0;
    mem[9'b1101101] = 32'h0;
    mem[9'b1101110] = 32'h0;
    mem[9'b1101111] = 32'h0;
    mem[9'b1110000] = 32'h0;
    mem[9'b1110001] = 32'h0;
    mem[9'b1110010] = 32'h0;
    mem[9'b1110011] = 32'h0;
    mem[9'b1110100] = 32'h0;
    mem[9'b1110101] = 32'h0;
    mem[9'b1110110] = 32'h0;
    mem[9'b1110111] = 32'h0;
    mem[9'b1111000] = 32'h0;
    mem[9'b1111001] = 32'h0;
    mem[9'b1111010] = 32'h0;
    mem[9'b1111011] = 32'h0;
    mem[9'b1111100] = 32'h0;
    mem[9'b1111101] = 32'h0;
    mem[9'b1111110] = 32'h0;
    mem[9'b1111111] = 32'h0;
    mem[9'b10000000] = 32'h0;
    mem[9'b10000001] = 32'h0;
    mem[9'b10000010] = 32'h0;
    mem[9'b10000011] = 32'h0;
    mem[9'b10000100] = 32'h0;
    mem[9'b10000101] = 32'h0;
    mem[9'b10000110] = 32'h0;
    mem[9'b10000111] = 32'h0;
    mem[9'b10001000] = 32'h0;
    mem[9'b10001001] = 32'h0;
    mem[9'b10001010] = 32'h0;
    mem[9'b10001011] = 32'h0;
    mem[9'b10001100] = 32'h0;
    mem[9'b10001101] = 32'h0;
    mem[9'b10001110] = 32'h0;
    mem[9'b10001111] = 32'h0;
    mem[9'b10010000] = 32'h0;
    mem[9'b10010001] = 32'h0;
    mem[9'b10010010] = 32'h0;
    mem[9'b10010011] = 32'h0;
    mem[9'b10010100] = 32'h0;
    mem[9'b10010101] = 32'h0;
    mem[9'b10010110] = 32'h0;
    mem[9'b10010111] = 32'h0;
    mem[9'b10011000] = 32'h0;
    mem[9'b10011001] = 32'h0;
    mem[9'b10011010] = 32'h0;
    mem[9'b10011011] = 32'h0;
    mem[9'b10011100] = 32'h0;
    mem[9'b10011101] = 32'h0;
    mem[9'b10011110] = 32'h0;
    mem[9'b10011111] = 32'h0;
    mem[9'b10100000] = 32'h0;
    mem[9'b10100001] = 32'h0;
    mem[9'b10100010] = 32'h0;
    mem[9'b10100011] = 32'h0;
    mem[9'b10100100] = 32'h0;
    mem[9'b10100101] = 32'h0;
    mem[9'b10100110] = 32'h0;
    mem[9'b10100111] = 32'h0;
    mem[9'b10101000] = 32'h0;
    mem[9'b10101001] = 32'h0;
    mem[9'b10101010] = 32'h0;
    mem[9'b10101011] = 32'h0;
    mem[9'b10101100] = 32'h0;
    mem[9'b10101101] = 32'h0;
    mem[9'b10101110] = 32'h0;
    mem[9'b10101111] = 32'h0;
    mem[9'b10110000] = 32'h0;
    mem[9'b10110001] = 32'h0;
    mem[9'b10110010] = 32'h0;
    mem[9'b10110011] = 32'h0;
    mem[9'b10110100] = 32'h0;
    mem[9'b10110101] = 32'h0;
    mem[9'b10110110] = 32'h0;
    mem[9'b10110111] = 32'h0;
    mem[9'b10111000] = 32'h0;
    mem[9'b10111001] = 32'h0;
    mem[9'b10111010] = 32'h0;
    mem[9'b10111011] = 32'h0;
    mem[9'b10111100] = 32'h0;
    mem[9'b10111101] = 32'h0;
    mem[9'b10111110] = 32'h0;
    mem[9'b10111111] = 32'h0;
    mem[9'b11000000] = 32'h0;
    mem[9'b11000001] = 32'h0;
    mem[9'b11000010] = 32'h0;
    mem[9'b11000011] = 32'h0;
    mem[9'b11000100] = 32'h0;
    mem[9'b11000101] = 32'h0;
    mem[9'b11000110] = 32'h0;
    mem[9'b11000111] = 32'h0;
    mem[9'b11001000] = 32'h0;
    mem[9'b11001001] = 32'h0;
    mem[9'b11001010] = 32'h0;
    mem[9'b11001011] = 32'h0;
    mem[9'b11001100] = 32'h0;
    mem[9'b11001101] = 32'h0;
    mem[9'b11001110] = 32'h0;
    mem[9'b11001111] = 32'h0;
    mem[9'b11010000] = 32'h0;
    mem[9'b11010001] = 32'h0;
    mem[9'b11010010] = 32'h0;
    mem[9'b11010011] = 32'h0;
    mem[9'b11010100] = 32'h0;
    mem[9'b11010101] = 32'h0;
    mem[9'b11010110] = 32'h0;
    mem[9'b11010111] = 32'h0;
    mem[9'b11011000] = 32'h0;
    mem[9'b11011001] = 32'h0;
    mem[9'b11011010] = 32'h0;
    mem[9'b11011011] = 32'h0;
    mem[9'b11011100] = 32'h0;
    mem[9'b11011101] = 32'h0;
    mem[9'b11011110] = 32'h0;
    mem[9'b11011111] = 32'h0;
    mem[9'b11100000] = 32'h0;
    mem[9'b11100001] = 32'h0;
    mem[9'b11100010] = 32'h0;
    mem[9'b11100011] = 32'h0;
    mem[9'b11100100] = 32'h0;
    mem[9'b11100101] = 32'h0;
    mem[9'b11100110] = 32'h0;
    mem[9'b11100111] = 32'h0;
    mem[9'b11101000] = 32'h0;
    mem[9'b11101001] = 32'h0;
    mem[9'b11101010] = 32'h0;
    mem[9'b11101011] = 32'h0;
    mem[9'b11101100] = 32'h0;
    mem[9'b11101101] = 32'h0;
    mem[9'b11101110] = 32'h0;
    mem[9'b11101111] = 32'h0;
    mem[9'b11110000] = 32'h0;
    mem[9'b11110001] = 32'h0;
    mem[9'b11110010] = 32'h0;
    mem[9'b11110011] = 32'h0;
    mem[9'b11110100] = 32'h0;
    mem[9'b11110101] = 32'h0;
    mem[9'b11110110] = 32'h0;
    mem[9'b11110111] = 32'h0;
    mem[9'b11111000] = 32'h0;
    mem[9'b11111001] = 32'h0;
    mem[9'b11111010] = 32'h0;
    mem[9'b11111011] = 32'h0;
    mem[9'b11111100] = 32'h0;
    mem[9'b11111101] = 32'h0;
    mem[9'b11111110] = 32'h0;
    mem[9'b11111111] = 32'h0;
    mem[9'b100000000] = 32'h0;
    mem[9'b100000001] = 32'h0;
    mem[9'b100000010] = 32'h0;
    mem[9'b100000011] = 32'h0;
    mem[9'b100000100] = 32'h0;
    mem[9'b100000101] = 32'h0;
    mem[9'b100000110] = 32'h0;
    mem[9'b100000111] = 32'h0;
    mem[9'b100001000] = 32'h0;
    mem[9'b100001001] = 32'h0;
    mem[9'b100001010] = 32'h0;
    mem[9'b100001011] = 32'h0;
    mem[9'b100001100] = 32'h0;
    mem[9'b100001101] = 32'h0;
    mem[9'b100001110] = 32'h0;
    mem[9'b100001111] = 32'h0;
    mem[9'b100010000] = 32'h0;
    mem[9'b100010001] = 32'h0;
    mem[9'b100010010] = 32'h0;
    mem[9'b100010011] = 32'h0;
    mem[9'b100010100] = 32'h0;
    mem[9'b100010101] = 32'h0;
    mem[9'b100010110] = 32'h0;
    mem[9'b100010111] = 32'h0;
    mem[9'b100011000] = 32'h0;
    mem[9'b100011001] = 32'h0;
    mem[9'b100011010] = 32'h0;
    mem[9'b100011011] = 32'h0;
    mem[9'b100011100] = 32'h0;
    mem[9'b100011101] = 32'h0;
    mem[9'b100011110] = 32'h0;
    mem[9'b100011111] = 32'h0;
    mem[9'b100100000] = 32'h0;
    mem[9'b100100001] = 32'h0;
    mem[9'b100100010] = 32'h0;
    mem[9'b100100011] = 32'h0;
    mem[9'b100100100] = 32'h0;
    mem[9'b100100101] = 32'h0;
    mem[9'b100100110] = 32'h0;
    mem[9'b100100111] = 32'h0;
    mem[9'b100101000] = 32'h0;
    mem[9'b100101001] = 32'h0;
    mem[9'b100101010] = 32'h0;
    mem[9'b100101011] = 32'h0;
    mem[9'b100101100] = 32'h0;
    mem[9'b100101101] = 32'h0;
    mem[9'b100101110] = 32'h0;
    mem[9'b100101111] = 32'h0;
    mem[9'b100110000] = 32'h0;
    mem[9'b100110001] = 32'h0;
    mem[9'b100110010] = 32'h0;
    mem[9'b100110011] = 32'h0;
    mem[9'b100110100] = 32'h0;
    mem[9'b100110101] = 32'h0;
    mem[9'b100110110] = 32'h0;
    mem[9'b100110111] = 32'h0;
    mem[9'b100111000] = 32'h0;
    mem[9'b100111001] = 32'h0;
    mem[9'b100111010] = 32'h0;
    mem[9'b100111011] = 32'h0;
    mem[9'b100111100] = 32'h0;
    mem[9'b100111101] = 32'h0;
    mem[9'b100111110] = 32'h0;
    mem[9'b100111111] = 32'h0;
    mem[9'b101000000] = 32'h0;
    mem[9'b101000001] = 32'h0;
    mem[9'b101000010] = 32'h0;
    mem[9'b101000011] = 32'h0;
    mem[9'b101000100] = 32'h0;
    mem[9'b101000101] = 32'h0;
    mem[9'b101000110] = 32'h0;
    mem[9'b101000111] = 32'h0;
    mem[9'b101001000] = 32'h0;
    mem[9'b101001001] = 32'h0;
    mem[9'b101001010] = 32'h0;
    mem[9'b101001011] = 32'h0;
    mem[9'b101001100] = 32'h0;
    mem[9'b101001101] = 32'h0;
    mem[9'b101001110] = 32'h0;
    mem[9'b101001111] = 32'h0;
    mem[9'b101010000] = 32'h0;
    mem[9'b101010001] = 32'h0;
    mem[9'b101010010] = 32'h0;
    mem[9'b101010011] = 32'h0;
    mem[9'b101010100] = 32'h0;
    mem[9'b101010101] = 32'h0;
    mem[9'b101010110] = 32'h0;
    mem[9'b101010111] = 32'h0;
    mem[9'b101011000] = 32'h0;
    mem[9'b101011001] = 32'h0;
    mem[9'b101011010] = 32'h0;
    mem[9'b101011011] = 32'h0;
    mem[9'b101011100] = 32'h0;
    mem[9'b101011101] = 32'h0;
    mem[9'b101011110] = 32'h0;
    mem[9'b101011111] = 32'h0;
    mem[9'b101100000] = 32'h0;
    mem[9'b101100001] = 32'h0;
    mem[9'b101100010] = 32'h0;
    mem[9'b101100011] = 32'h0;
    mem[9'b101100100] = 32'h0;
    mem[9'b101100101] = 32'h0;
    mem[9'b101100110] = 32'h0;
    mem[9'b101100111] = 32'h0;
    mem[9'b101101000] = 32'h0;
    mem[9'b101101001] = 32'h0;
    mem[9'b101101010] = 32'h0;
    mem[9'b101101011] = 32'h0;
    mem[9'b101101100] = 32'h0;
    mem[9'b101101101] = 32'h0;
    mem[9'b101101110] = 32'h0;
    mem[9'b101101111] = 32'h0;
    mem[9'b101110000] = 32'h0;
    mem[9'b101110001] = 32'h0;
    mem[9'b101110010] = 32'h0;
    mem[9'b101110011] = 32'h0;
    mem[9'b101110100] = 32'h0;
    mem[9'b101110101] = 32'h0;
    mem[9'b101110110] = 32'h0;
    mem[9'b101110111] = 32'h0;
    mem[9'b101111000] = 32'h0;
    mem[9'b101111001] = 32'h0;
    mem[9'b101111010] = 32'h0;
    mem[9'b101111011] = 32'h0;
    mem[9'b101111100] = 32'h0;
    mem[9'b101111101] = 32'h0;
    mem[9'b101111110] = 32'h0;
    mem[9'b101111111] = 32'h0;
    mem[9'b110000000] = 32'h0;
    mem[9'b110000001] = 32'h0;
    mem[9'b110000010] = 32'h0;
    mem[9'b110000011] = 32'h0;
    mem[9'b110000100] = 32'h0;
    mem[9'b110000101] = 32'h0;
    mem[9'b110000110] = 32'h0;
    mem[9'b110000111] = 32'h0;
    mem[9'b110001000] = 32'h0;
    mem[9'b110001001] = 32'h0;
    mem[9'b110001010] = 32'h0;
    mem[9'b110001011] = 32'h0;
    mem[9'b110001100] = 32'h0;
    mem[9'b110001101] = 32'h0;
    mem[9'b110001110] = 32'h0;
    mem[9'b110001111] = 32'h0;
    mem[9'b110010000] = 32'h0;
    mem[9'b110010001] = 32'h0;
    mem[9'b110010010] = 32'h0;
    mem[9'b110010011] = 32'h0;
    mem[9'b110010100] = 32'h0;
    mem[9'b110010101] = 32'h0;
    mem[9'b110010110] = 32'h0;
    mem[9'b110010111] = 32'h0;
    mem[9'b110011000] = 32'h0;
    mem[9'b110011001] = 32'h0;
    mem[9'b110011010] = 32'h0;
    mem[9'b110011011] = 32'h0;
    mem[9'b110011100] = 32'h0;
    mem[9'b110011101] = 32'h0;
    mem[9'b110011110] = 32'h0;
    mem[9'b110011111] = 32'h0;
    mem[9'b110100000] = 32'h0;
    mem[9'b110100001] = 32'h0;
    mem[9'b110100010] = 32'h0;
    mem[9'b110100011] = 32'h0;
    mem[9'b110100100] = 32'h0;
    mem[9'b110100101] = 32'h0;
    mem[9'b110100110] = 32'h0;
    mem[9'b110100111] = 32'h0;
    mem[9'b110101000] = 32'h0;
    mem[9'b110101001] = 32'h0;
    mem[9'b110101010] = 32'h0;
    mem[9'b110101011] = 32'h0;
    mem[9'b110101100] = 32'h0;
    mem[9'b110101101] = 32'h0;
    mem[9'b110101110] = 32'h0;
    mem[9'b110101111] = 32'h0;
    mem[9'b110110000] = 32'h0;
    mem[9'b110110001] = 32'h0;
    mem[9'b110110010] = 32'h0;
    mem[9'b110110011] = 32'h0;
    mem[9'b110110100] = 32'h0;
    mem[9'b110110101] = 32'h0;
    mem[9'b110110110] = 32'h0;
    mem[9'b110110111] = 32'h0;
    mem[9'b110111000] = 32'h0;
    mem[9'b110111001] = 32'h0;
    mem[9'b110111010] = 32'h0;
    mem[9'b110111011] = 32'h0;
    mem[9'b110111100] = 32'h0;
    mem[9'b110111101] = 32'h0;
    mem[9'b110111110] = 32'h0;
    mem[9'b110111111] = 32'h0;
    mem[9'b111000000] = 32'h0;
    mem[9'b111000001] = 32'h0;
    mem[9'b111000010] = 32'h0;
    mem[9'b111000011] = 32'h0;
    mem[9'b111000100] = 32'h0;
    mem[9'b111000101] = 32'h0;
    mem[9'b111000110] = 32'h0;
    mem[9'b111000111] = 32'h0;
    mem[9'b111001000] = 32'h0;
    mem[9'b111001001] = 32'h0;
    mem[9'b111001010] = 32'h0;
    mem[9'b111001011] = 32'h0;
    mem[9'b111001100] = 32'h0;
    mem[9'b111001101] = 32'h0;
    mem[9'b111001110] = 32'h0;
    mem[9'b111001111] = 32'h0;
    mem[9'b111010000] = 32'h0;
    mem[9'b111010001] = 32'h0;
    mem[9'b111010010] = 32'h0;
    mem[9'b111010011] = 32'h0;
    mem[9'b111010100] = 32'h0;
    mem[9'b111010101] = 32'h0;
    mem[9'b111010110] = 32'h0;
    mem[9'b111010111] = 32'h0;
    mem[9'b111011000] = 32'h0;
    mem[9'b111011001] = 32'h0;
    mem[9'b111011010] = 32'h0;
    mem[9'b111011011] = 32'h0;
    mem[9'b111011100] = 32'h0;
    mem[9'b111011101] = 32'h0;
    mem[9'b111011110] = 32'h0;
    mem[9'b111011111] = 32'h0;
    mem[9'b111100000] = 32'h0;
    mem[9'b111100001] = 32'h0;
    mem[9'b111100010] = 32'h0;
    mem[9'b111100011] = 32'h0;
    mem[9'b111100100] = 32'h0;
    mem[9'b111100101] = 32'h0;
    mem[9'b111100110] = 32'h0;
    mem[9'b111100111] = 32'h0;
    mem[9'b111101000] = 32'h0;
    mem[9'b111101001] = 32'h0;
    mem[9'b111101010] = 32'h0;
    mem[9'b111101011] = 32'h0;
    mem[9'b111101100] = 32'h0;
    mem[9'b111101101] = 32'h0;
    mem[9'b111101110] = 32'h0;
    mem[9'b111101111] = 32'h0;
    mem[9'b111110000] = 32'h0;
    mem[9'b111110001] = 32'h0;
    mem[9'b111110010] = 32'h0;
    mem[9'b111110011] = 32'h0;
    mem[9'b111110100] = 32'h0;
    mem[9'b111110101] = 32'h0;
    mem[9'b111110110] = 32'h0;
    mem[9'b111110111] = 32'h0;
    mem[9'b111111000] = 32'h0;
    mem[9'b111111001] = 32'h0;
    mem[9'b111111010] = 32'h0;
    mem[9'b111111011] = 32'h0;
    mem[9'b111111100] = 32'h0;
    mem[9'b111111101] = 32'h0;
    mem[9'b111111110] = 32'h0;
    mem[9'b111111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$icache$tags


module top$core$id_dec(insn,illegal,rd_we,link,ra,uses_ra,rb,uses_rb,use_imm,imm,alu_fn,alu_flags,branch,br_reg,br_if_f,br_if_nf,br_off,load,store,size,load_signed,lwa,swa,mul,mulu,div,divu,mac,msb,macrc,sf,sf_eq,sf_ne,sf_gt,sf_ge,sf_lt,sf_le,sf_signed,mfspr,mtspr,rfe,sys,trap,nop,smc,vmcall,vmenter);
    
    // Module arguments
    input wire  [31:0] insn;
    output reg  illegal;
    output reg  rd_we;
    output reg  link;
    output reg  [4:0] ra;
    output reg  uses_ra;
    output reg  [4:0] rb;
    output reg  uses_rb;
    output reg  use_imm;
    output reg  [31:0] imm;
    output reg  [4:0] alu_fn;
    output reg  alu_flags;
    output reg  branch;
    output reg  br_reg;
    output reg  br_if_f;
    output reg  br_if_nf;
    output reg  [31:0] br_off;
    output reg  load;
    output reg  store;
    output reg  [2:0] size;
    output reg  load_signed;
    output reg  lwa;
    output reg  swa;
    output reg  mul;
    output reg  mulu;
    output reg  div;
    output reg  divu;
    output reg  mac;
    output reg  msb;
    output reg  macrc;
    output reg  sf;
    output reg  sf_eq;
    output reg  sf_ne;
    output reg  sf_gt;
    output reg  sf_ge;
    output reg  sf_lt;
    output reg  sf_le;
    output reg  sf_signed;
    output reg  mfspr;
    output reg  mtspr;
    output reg  rfe;
    output reg  sys;
    output reg  trap;
    output reg  nop;
    output reg  smc;
    output reg  vmcall;
    output reg  vmenter;
    
    // Constant declarations
    localparam  op_j = 6'b0;
    localparam  op_jal = 6'b1;
    localparam  op_bnf = 6'b11;
    localparam  op_bf = 6'b100;
    localparam  op_nop = 6'b101;
    localparam  op_movhi = 6'b110;
    localparam  op_systrap = 6'b1000;
    localparam  op_rfe = 6'b1001;
    localparam  op_cust1 = 6'b11100;
    localparam  k_smc = 32'h70000001;
    localparam  k_vmcall = 32'h70000002;
    localparam  k_vmenter = 32'h70000003;
    localparam  k_vmenter_mask = 32'hffe007ff;
    localparam  op_jr = 6'b10001;
    localparam  op_jalr = 6'b10010;
    localparam  op_maci = 6'b10011;
    localparam  op_lwa = 6'b11011;
    localparam  op_lwz = 6'b100001;
    localparam  op_lws = 6'b100010;
    localparam  op_lbz = 6'b100011;
    localparam  op_lbs = 6'b100100;
    localparam  op_lhz = 6'b100101;
    localparam  op_lhs = 6'b100110;
    localparam  op_addi = 6'b100111;
    localparam  op_addic = 6'b101000;
    localparam  op_andi = 6'b101001;
    localparam  op_ori = 6'b101010;
    localparam  op_xori = 6'b101011;
    localparam  op_muli = 6'b101100;
    localparam  op_mfspr = 6'b101101;
    localparam  op_shifti = 6'b101110;
    localparam  op_sfi = 6'b101111;
    localparam  op_mtspr = 6'b110000;
    localparam  op_mac = 6'b110001;
    localparam  op_swa = 6'b110011;
    localparam  op_sw = 6'b110101;
    localparam  op_sb = 6'b110110;
    localparam  op_sh = 6'b110111;
    localparam  op_alu = 6'b111000;
    localparam  op_sf = 6'b111001;
    localparam  alu_add = 4'h0;
    localparam  alu_addc = 4'h1;
    localparam  alu_sub = 4'h2;
    localparam  alu_and = 4'h3;
    localparam  alu_or = 4'h4;
    localparam  alu_xor = 4'h5;
    localparam  alu_mul = 4'h6;
    localparam  alu_shift = 4'h8;
    localparam  alu_div = 4'h9;
    localparam  alu_divu = 4'ha;
    localparam  alu_mulu = 4'hb;
    localparam  alu_exthb = 4'hc;
    localparam  alu_extw = 4'hd;
    localparam  alu_cmov = 4'he;
    localparam  alu_ffl1 = 4'hf;
    localparam  shift_sll = 4'h0;
    localparam  shift_srl = 4'h1;
    localparam  shift_sra = 4'h2;
    localparam  shift2_sll = 2'b0;
    localparam  shift2_srl = 2'b1;
    localparam  shift2_sra = 2'b10;
    localparam  ext_hs = 4'h0;
    localparam  ext_bs = 4'h1;
    localparam  ext_hz = 4'h2;
    localparam  ext_ws = 4'h0;
    localparam  ext_wz = 4'h1;
    localparam  sf_c_eq = 5'b0;
    localparam  sf_c_ne = 5'b1;
    localparam  sf_c_gtu = 5'b10;
    localparam  sf_c_geu = 5'b11;
    localparam  sf_c_ltu = 5'b100;
    localparam  sf_c_leu = 5'b101;
    localparam  sf_c_gts = 5'b1010;
    localparam  sf_c_ges = 5'b1011;
    localparam  sf_c_lts = 5'b1100;
    localparam  sf_c_les = 5'b1101;
    localparam  sys_sys = 10'b0;
    localparam  sys_trap = 10'b100000000;
    localparam  sys_msync = 10'b1000000000;
    localparam  sys_psync = 10'b1010000000;
    localparam  sys_csync = 10'b1100000000;
    localparam  mac_mac = 4'h1;
    localparam  mac_msb = 4'h2;
    localparam  nop_tag = 2'b1;
    localparam  gpr_window = 11'b100000;
    
    // Enums
    localparam AluFn$Add = 0;
    localparam AluFn$Addc = 1;
    localparam AluFn$Sub = 2;
    localparam AluFn$And = 3;
    localparam AluFn$Or = 4;
    localparam AluFn$Xor = 5;
    localparam AluFn$Sll = 6;
    localparam AluFn$Srl = 7;
    localparam AluFn$Sra = 8;
    localparam AluFn$Ror = 9;
    localparam AluFn$Exths = 10;
    localparam AluFn$Extbs = 11;
    localparam AluFn$Exthz = 12;
    localparam AluFn$Extbz = 13;
    localparam AluFn$PassA = 14;
    localparam AluFn$PassB = 15;
    localparam AluFn$Cmov = 16;
    localparam AluFn$Ff1 = 17;
    localparam AluFn$Fl1 = 18;
    
    // Local signals
    reg  [5:0] op;
    reg  [3:0] sub;
    reg  [3:0] sel;
    reg  [1:0] op2;
    reg  [4:0] cond;
    reg  [31:0] simm;
    reg  [31:0] split;
    reg  cond_ok;
    
    // Update code
    always @(*) begin
        op = insn[(32'h1a)+:(6)];
        sub = insn[(32'h0)+:(4)];
        sel = insn[(32'h6)+:(4)];
        op2 = insn[(32'h8)+:(2)];
        cond = insn[(32'h15)+:(5)];
        simm = ((insn[(32'h0)+:(16)]) & 32'hffffffff);
        if (insn[32'hf]) begin
            simm = simm | 64'hffff0000;
        end
        split = ((insn[(32'h0)+:(11)]) & 32'hffffffff) | (((insn[(32'h15)+:(5)]) & 32'hffffffff) << 32'hb);
        if (insn[32'h19]) begin
            split = split | 64'hffff0000;
        end
        br_off = ((insn[(32'h0)+:(26)]) & 32'hffffffff) << 32'h2;
        if (insn[32'h19]) begin
            br_off = br_off | 64'hf0000000;
        end
        cond_ok = (cond == sf_c_eq) | (cond == sf_c_ne) | (cond == sf_c_gtu) | (cond == sf_c_geu) | (cond == sf_c_ltu) | (cond == sf_c_leu) | (cond == sf_c_gts) | (cond == sf_c_ges) | (cond == sf_c_lts) | (cond == sf_c_les);
        sf_eq = cond == sf_c_eq;
        sf_ne = cond == sf_c_ne;
        sf_gt = (cond == sf_c_gtu) | (cond == sf_c_gts);
        sf_ge = (cond == sf_c_geu) | (cond == sf_c_ges);
        sf_lt = (cond == sf_c_ltu) | (cond == sf_c_lts);
        sf_le = (cond == sf_c_leu) | (cond == sf_c_les);
        sf_signed = (cond == sf_c_gts) | (cond == sf_c_ges) | (cond == sf_c_lts) | (cond == sf_c_les);
        illegal = 1'b0;
        rd_we = 1'b0;
        link = 1'b0;
        ra = insn[(32'h10)+:(5)];
        rb = insn[(32'hb)+:(5)];
        uses_ra = 1'b0;
        uses_rb = 1'b0;
        use_imm = 1'b0;
        imm = simm;
        alu_fn = AluFn$Add;
        alu_flags = 1'b0;
        branch = 1'b0;
        br_reg = 1'b0;
        br_if_f = 1'b0;
        br_if_nf = 1'b0;
        load = 1'b0;
        store = 1'b0;
        size = 32'h4;
        load_signed = 1'b0;
        lwa = 1'b0;
        swa = 1'b0;
        mul = 1'b0;
        mulu = 1'b0;
        div = 1'b0;
        divu = 1'b0;
        mac = 1'b0;
        msb = 1'b0;
        macrc = 1'b0;
        sf = 1'b0;
        mfspr = 1'b0;
        mtspr = 1'b0;
        rfe = 1'b0;
        sys = 1'b0;
        trap = 1'b0;
        nop = 1'b0;
        smc = 1'b0;
        vmcall = 1'b0;
        vmenter = 1'b0;
        if (op == op_j) begin
            branch = 1'b1;
        end
        else if (op == op_jal) begin
            branch = 1'b1;
            link = 1'b1;
        end
        else if (op == op_bnf) begin
            branch = 1'b1;
            br_if_nf = 1'b1;
        end
        else if (op == op_bf) begin
            branch = 1'b1;
            br_if_f = 1'b1;
        end
        else if (op == op_nop) begin
            if (insn[(32'h18)+:(2)] == nop_tag) begin
                nop = 1'b1;
                ra = 32'h3;
                uses_ra = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_movhi) begin
            if (~insn[32'h10]) begin
                rd_we = 1'b1;
                use_imm = 1'b1;
                imm = ((insn[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10;
                alu_fn = AluFn$PassB;
            end
            else if (~|insn[(32'h0)+:(16)]) begin
                macrc = 1'b1;
                rd_we = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_systrap) begin
            if (insn[(32'h10)+:(10)] == sys_sys) begin
                sys = 1'b1;
            end
            else if (insn[(32'h10)+:(10)] == sys_trap) begin
                trap = 1'b1;
            end
            else if (((insn[(32'h10)+:(10)] == sys_msync) | (insn[(32'h10)+:(10)] == sys_psync) | (insn[(32'h10)+:(10)] == sys_csync)) & ~|insn[(32'h0)+:(16)]) begin
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_rfe) begin
            rfe = 1'b1;
        end
        else if (op == op_cust1) begin
            if (insn == k_smc) begin
                smc = 1'b1;
            end
            else if (insn == k_vmcall) begin
                vmcall = 1'b1;
            end
            else if ((insn & k_vmenter_mask) == k_vmenter) begin
                vmenter = 1'b1;
                uses_ra = 1'b1;
                uses_rb = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_jr) begin
            branch = 1'b1;
            br_reg = 1'b1;
            uses_rb = 1'b1;
        end
        else if (op == op_jalr) begin
            branch = 1'b1;
            br_reg = 1'b1;
            uses_rb = 1'b1;
            link = 1'b1;
        end
        else if (op == op_maci) begin
            mac = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
        end
        else if (op == op_lwa) begin
            load = 1'b1;
            lwa = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
        end
        else if ((op == op_lwz) | (op == op_lws)) begin
            load = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
        end
        else if ((op == op_lbz) | (op == op_lbs)) begin
            load = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
            size = 32'h1;
            load_signed = op == op_lbs;
        end
        else if ((op == op_lhz) | (op == op_lhs)) begin
            load = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
            size = 32'h2;
            load_signed = op == op_lhs;
        end
        else if ((op == op_addi) | (op == op_addic)) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            alu_flags = 1'b1;
            if (op == op_addic) begin
                alu_fn = AluFn$Addc;
            end
        end
        else if ((op == op_andi) | (op == op_ori)) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            imm = ((insn[(32'h0)+:(16)]) & 32'hffffffff);
            if (op == op_andi) begin
                alu_fn = AluFn$And;
            end
            else begin
                alu_fn = AluFn$Or;
            end
        end
        else if (op == op_xori) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            alu_fn = AluFn$Xor;
        end
        else if (op == op_muli) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            mul = 1'b1;
        end
        else if (op == op_mfspr) begin
            mfspr = 1'b1;
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            imm = ((insn[(32'h0)+:(16)]) & 32'hffffffff);
            if (~|insn[(32'h10)+:(5)] & (insn[(32'h5)+:(11)] == gpr_window)) begin
                rb = insn[(32'h0)+:(5)];
                uses_rb = 1'b1;
            end
        end
        else if (op == op_shifti) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            imm = ((insn[(32'h0)+:(6)]) & 32'hffffffff);
            if (insn[(32'h6)+:(2)] == shift2_sll) begin
                alu_fn = AluFn$Sll;
            end
            else if (insn[(32'h6)+:(2)] == shift2_srl) begin
                alu_fn = AluFn$Srl;
            end
            else if (insn[(32'h6)+:(2)] == shift2_sra) begin
                alu_fn = AluFn$Sra;
            end
            else begin
                alu_fn = AluFn$Ror;
            end
        end
        else if (op == op_sfi) begin
            sf = 1'b1;
            uses_ra = 1'b1;
            use_imm = 1'b1;
            illegal = ~cond_ok;
        end
        else if (op == op_mtspr) begin
            mtspr = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            imm = ((split[(32'h0)+:(16)]) & 32'hffffffff);
        end
        else if (op == op_mac) begin
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            if (sub == mac_mac) begin
                mac = 1'b1;
            end
            else if (sub == mac_msb) begin
                msb = 1'b1;
            end
            else begin
                illegal = 1'b1;
            end
        end
        else if (op == op_swa) begin
            store = 1'b1;
            swa = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            imm = split;
        end
        else if ((op == op_sw) | (op == op_sb) | (op == op_sh)) begin
            store = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            imm = split;
            if (op == op_sb) begin
                size = 32'h1;
            end
            if (op == op_sh) begin
                size = 32'h2;
            end
        end
        else if (op == op_alu) begin
            rd_we = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            if ((sub == alu_add) & (op2 == 32'h0)) begin
                alu_flags = 1'b1;
            end
            else if ((sub == alu_addc) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Addc;
                alu_flags = 1'b1;
            end
            else if ((sub == alu_sub) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Sub;
                alu_flags = 1'b1;
            end
            else if ((sub == alu_and) & (op2 == 32'h0)) begin
                alu_fn = AluFn$And;
            end
            else if ((sub == alu_or) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Or;
            end
            else if ((sub == alu_xor) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Xor;
            end
            else if ((sub == alu_cmov) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Cmov;
            end
            else if ((sub == alu_mul) & (op2 == 32'h3)) begin
                mul = 1'b1;
            end
            else if ((sub == alu_mulu) & (op2 == 32'h3)) begin
                mulu = 1'b1;
            end
            else if ((sub == alu_div) & (op2 == 32'h3)) begin
                div = 1'b1;
            end
            else if ((sub == alu_divu) & (op2 == 32'h3)) begin
                divu = 1'b1;
            end
            else if ((sub == alu_ffl1) & (op2 == 32'h0)) begin
                alu_fn = AluFn$Ff1;
            end
            else if ((sub == alu_ffl1) & (op2 == 32'h1)) begin
                alu_fn = AluFn$Fl1;
            end
            else if ((sub == alu_shift) & (op2 == 32'h0)) begin
                if (sel == shift_sll) begin
                    alu_fn = AluFn$Sll;
                end
                else if (sel == shift_srl) begin
                    alu_fn = AluFn$Srl;
                end
                else if (sel == shift_sra) begin
                    alu_fn = AluFn$Sra;
                end
                else begin
                    alu_fn = AluFn$Ror;
                end
            end
            else if ((sub == alu_exthb) & (op2 == 32'h0)) begin
                if (sel == ext_hs) begin
                    alu_fn = AluFn$Exths;
                end
                else if (sel == ext_bs) begin
                    alu_fn = AluFn$Extbs;
                end
                else if (sel == ext_hz) begin
                    alu_fn = AluFn$Exthz;
                end
                else begin
                    alu_fn = AluFn$Extbz;
                end
            end
            else if ((sub == alu_extw) & ((sel == ext_ws) | (sel == ext_wz))) begin
                alu_fn = AluFn$PassA;
            end
            else begin
                illegal = 1'b1;
                rd_we = 1'b0;
            end
        end
        else if (op == op_sf) begin
            sf = 1'b1;
            uses_ra = 1'b1;
            uses_rb = 1'b1;
            illegal = ~cond_ok;
        end
        else begin
            illegal = 1'b1;
        end
    end
    
endmodule // top$core$id_dec


module top$core$immu(clock,reset,enable,sm,next_vaddr,write,flush,xlate$ready,xlate$hit,xlate$allowed,xlate$paddr,xlate$ci,xlate$fault,xlate$fault_vec,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  enable;
    input wire  sm;
    input wire  [31:0] next_vaddr;
    input wire  write;
    input wire  flush;
    output reg  xlate$ready;
    output reg  xlate$hit;
    output reg  xlate$allowed;
    output reg  [31:0] xlate$paddr;
    output reg  xlate$ci;
    output reg  xlate$fault;
    output reg  [31:0] xlate$fault_vec;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    
    // Constant declarations
    localparam  k_micro = 1'b1;
    localparam  k_vpn_mask = 32'hffffe000;
    localparam  k_ppn_mask = 32'hffffe000;
    localparam  k_tr_ci = 32'h2;
    localparam  k_set_mask = 32'hffffffc0;
    localparam  k_mr = 32'h1200;
    localparam  k_tr = 32'h1280;
    localparam  k_eir = 32'h1002;
    localparam  k_cfgr = 32'h4;
    localparam  k_cfgr_value = 32'h418;
    localparam  k_need_sr = 32'h40;
    localparam  k_need_sw = 32'h40;
    localparam  k_need_ur = 32'h80;
    localparam  k_need_uw = 32'h80;
    localparam  k_vec_miss = 32'ha00;
    localparam  k_vec_fault = 32'h400;
    localparam  k_uncached = 32'h80000000;
    
    // Stub signals
    reg  tlb$clock;
    reg  tlb$reset;
    reg  [5:0] tlb$raddr;
    reg  [31:0] tlb$vaddr;
    reg  [31:0] tlb$need;
    wire  tlb$hit;
    wire  tlb$allowed;
    wire  [31:0] tlb$paddr;
    wire  tlb$ci;
    wire  [31:0] tlb$mr;
    wire  [31:0] tlb$tr;
    reg  tlb$mr_we;
    reg  tlb$tr_we;
    reg  tlb$inv;
    reg  tlb$flush;
    reg  [5:0] tlb$wset;
    reg  [31:0] tlb$wdata;
    reg  u_valid$d;
    wire  u_valid$q;
    reg  u_valid$clock;
    reg  [31:0] u_vpn$d;
    wire  [31:0] u_vpn$q;
    reg  u_vpn$clock;
    reg  u_hit$d;
    wire  u_hit$q;
    reg  u_hit$clock;
    reg  [31:0] u_tr$d;
    wire  [31:0] u_tr$q;
    reg  u_tr$clock;
    reg  fresh$d;
    wire  fresh$q;
    reg  fresh$clock;
    reg  spr_rd$d;
    wire  spr_rd$q;
    reg  spr_rd$clock;
    reg  [31:0] vaddr$d;
    wire  [31:0] vaddr$q;
    reg  vaddr$clock;
    
    // Local signals
    reg  u_match;
    reg  u_allowed;
    reg  [31:0] need;
    reg  tlb_we;
    reg  is_mr;
    reg  is_tr;
    reg  is_eir;
    reg  is_cfgr;
    reg  tlb_rd;
    
    // Sub module instances
    top$core$immu$tlb tlb(
        .clock(tlb$clock),
        .reset(tlb$reset),
        .raddr(tlb$raddr),
        .vaddr(tlb$vaddr),
        .need(tlb$need),
        .hit(tlb$hit),
        .allowed(tlb$allowed),
        .paddr(tlb$paddr),
        .ci(tlb$ci),
        .mr(tlb$mr),
        .tr(tlb$tr),
        .mr_we(tlb$mr_we),
        .tr_we(tlb$tr_we),
        .inv(tlb$inv),
        .flush(tlb$flush),
        .wset(tlb$wset),
        .wdata(tlb$wdata)
    );
    top$core$immu$u_valid u_valid(
        .d(u_valid$d),
        .q(u_valid$q),
        .clock(u_valid$clock)
    );
    top$core$immu$u_vpn u_vpn(
        .d(u_vpn$d),
        .q(u_vpn$q),
        .clock(u_vpn$clock)
    );
    top$core$immu$u_hit u_hit(
        .d(u_hit$d),
        .q(u_hit$q),
        .clock(u_hit$clock)
    );
    top$core$immu$u_tr u_tr(
        .d(u_tr$d),
        .q(u_tr$q),
        .clock(u_tr$clock)
    );
    top$core$immu$fresh fresh(
        .d(fresh$d),
        .q(fresh$q),
        .clock(fresh$clock)
    );
    top$core$immu$spr_rd spr_rd(
        .d(spr_rd$d),
        .q(spr_rd$q),
        .clock(spr_rd$clock)
    );
    top$core$immu$vaddr vaddr(
        .d(vaddr$d),
        .q(vaddr$q),
        .clock(vaddr$clock)
    );
    
    // Update code
    always @(*) begin
        spr_rd$clock = clock;
        vaddr$clock = clock;
        u_valid$clock = clock;
        u_vpn$clock = clock;
        u_hit$clock = clock;
        u_tr$clock = clock;
        fresh$clock = clock;
        spr_rd$d = spr_rd$q;
        vaddr$d = vaddr$q;
        u_valid$d = u_valid$q;
        u_vpn$d = u_vpn$q;
        u_hit$d = u_hit$q;
        u_tr$d = u_tr$q;
        fresh$d = fresh$q;
        vaddr$d = next_vaddr;
        tlb$clock = clock;
        tlb$reset = reset;
        tlb$flush = flush;
        is_mr = (spr$addr & k_set_mask) == k_mr;
        is_tr = (spr$addr & k_set_mask) == k_tr;
        is_eir = spr$addr == k_eir;
        is_cfgr = spr$addr == k_cfgr;
        spr$hit = is_mr | is_tr | is_eir | is_cfgr;
        spr$rdata = 32'h0;
        if (is_mr) begin
            spr$rdata = tlb$mr;
        end
        if (is_tr) begin
            spr$rdata = tlb$tr;
        end
        if (is_cfgr) begin
            spr$rdata = k_cfgr_value;
        end
        tlb$wdata = spr$wdata;
        tlb$wset = spr$addr[(32'h0)+:(6)];
        if (is_eir) begin
            tlb$wset = spr$wdata[(32'hd)+:(6)];
        end
        tlb$mr_we = spr$we & is_mr;
        tlb$tr_we = spr$we & is_tr;
        tlb$inv = spr$we & is_eir;
        tlb_we = spr$we & (is_mr | is_tr | is_eir);
        tlb_rd = spr$rreq & (is_mr | is_tr);
        spr_rd$d = tlb_rd;
        spr$busy = tlb_rd & ~spr_rd$q;
        tlb$raddr = next_vaddr[(32'hd)+:(6)];
        if (tlb_rd & ~spr_rd$q) begin
            tlb$raddr = spr$addr[(32'h0)+:(6)];
        end
        fresh$d = ~(tlb_rd & ~spr_rd$q) & ~tlb_we & ~flush;
        tlb$vaddr = vaddr$q;
        need = k_need_ur;
        if (write) begin
            need = k_need_uw;
        end
        if (sm) begin
            need = k_need_sr;
            if (write) begin
                need = k_need_sw;
            end
        end
        tlb$need = need;
        xlate$ready = 1'b1;
        xlate$hit = 1'b1;
        xlate$allowed = 1'b1;
        xlate$paddr = vaddr$q;
        xlate$ci = |(vaddr$q & k_uncached);
        xlate$fault = 1'b0;
        xlate$fault_vec = k_vec_fault;
        u_match = u_valid$q & ((vaddr$q & k_vpn_mask) == u_vpn$q);
        u_allowed = |(u_tr$q & need);
        if (enable) begin
            if (k_micro) begin
                xlate$ready = u_match;
                xlate$hit = u_hit$q;
                xlate$allowed = u_allowed;
                xlate$paddr = (u_tr$q & k_ppn_mask) | (vaddr$q & ~k_ppn_mask);
                xlate$ci = |(u_tr$q & k_tr_ci);
                xlate$fault = u_match & ~(u_hit$q & u_allowed);
                if (~u_hit$q) begin
                    xlate$fault_vec = k_vec_miss;
                end
            end
            else begin
                xlate$hit = tlb$hit;
                xlate$allowed = tlb$allowed;
                xlate$paddr = tlb$paddr;
                xlate$ci = tlb$ci;
                xlate$fault = ~tlb$hit | ~tlb$allowed;
                if (~tlb$hit) begin
                    xlate$fault_vec = k_vec_miss;
                end
            end
        end
        if (k_micro & enable & ~u_match & fresh$q) begin
            u_valid$d = 1'b1;
            u_vpn$d = vaddr$q & k_vpn_mask;
            u_hit$d = tlb$hit;
            u_tr$d = tlb$tr;
        end
        if (tlb_we | flush | reset) begin
            u_valid$d = 1'b0;
        end
    end
    
endmodule // top$core$immu


module top$core$immu$fresh(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$fresh


module top$core$immu$spr_rd(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$spr_rd


module top$core$immu$tlb(clock,reset,raddr,vaddr,need,hit,allowed,paddr,ci,mr,tr,mr_we,tr_we,inv,flush,wset,wdata);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [5:0] raddr;
    input wire  [31:0] vaddr;
    input wire  [31:0] need;
    output reg  hit;
    output reg  allowed;
    output reg  [31:0] paddr;
    output reg  ci;
    output reg  [31:0] mr;
    output reg  [31:0] tr;
    input wire  mr_we;
    input wire  tr_we;
    input wire  inv;
    input wire  flush;
    input wire  [5:0] wset;
    input wire  [31:0] wdata;
    
    // Constant declarations
    localparam  vpn_mask = 32'hffffe000;
    localparam  ppn_mask = 32'hffffe000;
    localparam  mr_v = 32'h1;
    localparam  tr_ci = 32'h2;
    
    // Stub signals
    reg  [5:0] mr_ram$read_address;
    reg  mr_ram$read_clock;
    wire  [31:0] mr_ram$read_data;
    reg  [5:0] mr_ram$write_address;
    reg  mr_ram$write_clock;
    reg  [31:0] mr_ram$write_data;
    reg  mr_ram$write_enable;
    reg  [5:0] tr_ram$read_address;
    reg  tr_ram$read_clock;
    wire  [31:0] tr_ram$read_data;
    reg  [5:0] tr_ram$write_address;
    reg  tr_ram$write_clock;
    reg  [31:0] tr_ram$write_data;
    reg  tr_ram$write_enable;
    reg  [63:0] valid$d;
    wire  [63:0] valid$q;
    reg  valid$clock;
    reg  [5:0] rset$d;
    wire  [5:0] rset$q;
    reg  rset$clock;
    
    // Local signals
    reg  v;
    reg  [31:0] mr_rd;
    
    // Sub module instances
    top$core$immu$tlb$mr_ram mr_ram(
        .read_address(mr_ram$read_address),
        .read_clock(mr_ram$read_clock),
        .read_data(mr_ram$read_data),
        .write_address(mr_ram$write_address),
        .write_clock(mr_ram$write_clock),
        .write_data(mr_ram$write_data),
        .write_enable(mr_ram$write_enable)
    );
    top$core$immu$tlb$tr_ram tr_ram(
        .read_address(tr_ram$read_address),
        .read_clock(tr_ram$read_clock),
        .read_data(tr_ram$read_data),
        .write_address(tr_ram$write_address),
        .write_clock(tr_ram$write_clock),
        .write_data(tr_ram$write_data),
        .write_enable(tr_ram$write_enable)
    );
    top$core$immu$tlb$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$core$immu$tlb$rset rset(
        .d(rset$d),
        .q(rset$q),
        .clock(rset$clock)
    );
    
    // Update code
    always @(*) begin
        valid$clock = clock;
        rset$clock = clock;
        valid$d = valid$q;
        rset$d = rset$q;
        mr_ram$read_clock = clock;
        mr_ram$write_clock = clock;
        tr_ram$read_clock = clock;
        tr_ram$write_clock = clock;
        mr_ram$read_address = raddr;
        tr_ram$read_address = raddr;
        rset$d = raddr;
        mr_ram$write_address = wset;
        tr_ram$write_address = wset;
        mr_ram$write_data = wdata;
        tr_ram$write_data = wdata;
        mr_ram$write_enable = mr_we;
        tr_ram$write_enable = tr_we;
        if (mr_we) begin
            valid$d = valid$q & ~(((32'h1) & 64'hffffffffffffffff) << ((wset) & 64'hffffffffffffffff));
            if (wdata[32'h0]) begin
                valid$d = valid$q | (((32'h1) & 64'hffffffffffffffff) << ((wset) & 64'hffffffffffffffff));
            end
        end
        if (inv) begin
            valid$d = valid$q & ~(((32'h1) & 64'hffffffffffffffff) << ((wset) & 64'hffffffffffffffff));
        end
        if (flush | reset) begin
            valid$d = 32'h0;
        end
        v = |((valid$q >> ((rset$q) & 64'hffffffffffffffff)) & 64'h1);
        mr_rd = mr_ram$read_data & ~mr_v;
        if (v) begin
            mr_rd = mr_rd | mr_v;
        end
        mr = mr_rd;
        tr = tr_ram$read_data;
        hit = v & ((mr_ram$read_data & vpn_mask) == (vaddr & vpn_mask));
        allowed = |(tr_ram$read_data & need);
        paddr = (tr_ram$read_data & ppn_mask) | (vaddr & ~ppn_mask);
        ci = |(tr_ram$read_data & tr_ci);
    end
    
endmodule // top$core$immu$tlb


module top$core$immu$tlb$mr_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[63:0];
    
    initial begin
    mem[6'b0] = 32'h0;
    mem[6'b1] = 32'h0;
    mem[6'b10] = 32'h0;
    mem[6'b11] = 32'h0;
    mem[6'b100] = 32'h0;
    mem[6'b101] = 32'h0;
    mem[6'b110] = 32'h0;
    mem[6'b111] = 32'h0;
    mem[6'b1000] = 32'h0;
    mem[6'b1001] = 32'h0;
    mem[6'b1010] = 32'h0;
    mem[6'b1011] = 32'h0;
    mem[6'b1100] = 32'h0;
    mem[6'b1101] = 32'h0;
    mem[6'b1110] = 32'h0;
    mem[6'b1111] = 32'h0;
    mem[6'b10000] = 32'h0;
    mem[6'b10001] = 32'h0;
    mem[6'b10010] = 32'h0;
    mem[6'b10011] = 32'h0;
    mem[6'b10100] = 32'h0;
    mem[6'b10101] = 32'h0;
    mem[6'b10110] = 32'h0;
    mem[6'b10111] = 32'h0;
    mem[6'b11000] = 32'h0;
    mem[6'b11001] = 32'h0;
    mem[6'b11010] = 32'h0;
    mem[6'b11011] = 32'h0;
    mem[6'b11100] = 32'h0;
    mem[6'b11101] = 32'h0;
    mem[6'b11110] = 32'h0;
    mem[6'b11111] = 32'h0;
    mem[6'b100000] = 32'h0;
    mem[6'b100001] = 32'h0;
    mem[6'b100010] = 32'h0;
    mem[6'b100011] = 32'h0;
    mem[6'b100100] = 32'h0;
    mem[6'b100101] = 32'h0;
    mem[6'b100110] = 32'h0;
    mem[6'b100111] = 32'h0;
    mem[6'b101000] = 32'h0;
    mem[6'b101001] = 32'h0;
    mem[6'b101010] = 32'h0;
    mem[6'b101011] = 32'h0;
    mem[6'b101100] = 32'h0;
    mem[6'b101101] = 32'h0;
    mem[6'b101110] = 32'h0;
    mem[6'b101111] = 32'h0;
    mem[6'b110000] = 32'h0;
    mem[6'b110001] = 32'h0;
    mem[6'b110010] = 32'h0;
    mem[6'b110011] = 32'h0;
    mem[6'b110100] = 32'h0;
    mem[6'b110101] = 32'h0;
    mem[6'b110110] = 32'h0;
    mem[6'b110111] = 32'h0;
    mem[6'b111000] = 32'h0;
    mem[6'b111001] = 32'h0;
    mem[6'b111010] = 32'h0;
    mem[6'b111011] = 32'h0;
    mem[6'b111100] = 32'h0;
    mem[6'b111101] = 32'h0;
    mem[6'b111110] = 32'h0;
    mem[6'b111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$immu$tlb$mr_ram


module top$core$immu$tlb$rset(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$tlb$rset


module top$core$immu$tlb$tr_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[63:0];
    
    initial begin
    mem[6'b0] = 32'h0;
    mem[6'b1] = 32'h0;
    mem[6'b10] = 32'h0;
    mem[6'b11] = 32'h0;
    mem[6'b100] = 32'h0;
    mem[6'b101] = 32'h0;
    mem[6'b110] = 32'h0;
    mem[6'b111] = 32'h0;
    mem[6'b1000] = 32'h0;
    mem[6'b1001] = 32'h0;
    mem[6'b1010] = 32'h0;
    mem[6'b1011] = 32'h0;
    mem[6'b1100] = 32'h0;
    mem[6'b1101] = 32'h0;
    mem[6'b1110] = 32'h0;
    mem[6'b1111] = 32'h0;
    mem[6'b10000] = 32'h0;
    mem[6'b10001] = 32'h0;
    mem[6'b10010] = 32'h0;
    mem[6'b10011] = 32'h0;
    mem[6'b10100] = 32'h0;
    mem[6'b10101] = 32'h0;
    mem[6'b10110] = 32'h0;
    mem[6'b10111] = 32'h0;
    mem[6'b11000] = 32'h0;
    mem[6'b11001] = 32'h0;
    mem[6'b11010] = 32'h0;
    mem[6'b11011] = 32'h0;
    mem[6'b11100] = 32'h0;
    mem[6'b11101] = 32'h0;
    mem[6'b11110] = 32'h0;
    mem[6'b11111] = 32'h0;
    mem[6'b100000] = 32'h0;
    mem[6'b100001] = 32'h0;
    mem[6'b100010] = 32'h0;
    mem[6'b100011] = 32'h0;
    mem[6'b100100] = 32'h0;
    mem[6'b100101] = 32'h0;
    mem[6'b100110] = 32'h0;
    mem[6'b100111] = 32'h0;
    mem[6'b101000] = 32'h0;
    mem[6'b101001] = 32'h0;
    mem[6'b101010] = 32'h0;
    mem[6'b101011] = 32'h0;
    mem[6'b101100] = 32'h0;
    mem[6'b101101] = 32'h0;
    mem[6'b101110] = 32'h0;
    mem[6'b101111] = 32'h0;
    mem[6'b110000] = 32'h0;
    mem[6'b110001] = 32'h0;
    mem[6'b110010] = 32'h0;
    mem[6'b110011] = 32'h0;
    mem[6'b110100] = 32'h0;
    mem[6'b110101] = 32'h0;
    mem[6'b110110] = 32'h0;
    mem[6'b110111] = 32'h0;
    mem[6'b111000] = 32'h0;
    mem[6'b111001] = 32'h0;
    mem[6'b111010] = 32'h0;
    mem[6'b111011] = 32'h0;
    mem[6'b111100] = 32'h0;
    mem[6'b111101] = 32'h0;
    mem[6'b111110] = 32'h0;
    mem[6'b111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$immu$tlb$tr_ram


module top$core$immu$tlb$valid(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$tlb$valid


module top$core$immu$u_hit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$u_hit


module top$core$immu$u_tr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$u_tr


module top$core$immu$u_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$u_valid


module top$core$immu$u_vpn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$u_vpn


module top$core$immu$vaddr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$immu$vaddr


module top$core$intr_pc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$intr_pc


module top$core$intr_pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$intr_pend


module top$core$intr_sr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$intr_sr


module top$core$intr_vec(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$intr_vec


module top$core$lsu(req,we,addr,size,sgn,wdata,rdata,rword,done,err,fwd_word,fwd_data,origin,dwb$adr,dwb$dat_w,dwb$sel,dwb$we,dwb$cyc,dwb$stb,dwb$cti,dwb$bte,dwb$tga,dwb$dat_r,dwb$ack,dwb$err);
    
    // Module arguments
    input wire  req;
    input wire  we;
    input wire  [31:0] addr;
    input wire  [2:0] size;
    input wire  sgn;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [31:0] rword;
    output reg  done;
    output reg  err;
    input wire  [31:0] fwd_word;
    output reg  [31:0] fwd_data;
    input wire  [7:0] origin;
    output reg  [31:0] dwb$adr;
    output reg  [31:0] dwb$dat_w;
    output reg  [3:0] dwb$sel;
    output reg  dwb$we;
    output reg  dwb$cyc;
    output reg  dwb$stb;
    output reg  [2:0] dwb$cti;
    output reg  [1:0] dwb$bte;
    output reg  [7:0] dwb$tga;
    input wire  [31:0] dwb$dat_r;
    input wire  dwb$ack;
    input wire  dwb$err;
    
    // Local signals
    reg  [31:0] lane;
    reg  [31:0] fwd_lane;
    
    // Update code
    always @(*) begin
        dwb$adr = addr;
        dwb$we = we;
        dwb$cyc = req;
        dwb$stb = req;
        dwb$sel = 32'hf;
        dwb$cti = 32'h0;
        dwb$bte = 32'h0;
        dwb$tga = origin;
        dwb$dat_w = wdata;
        lane = dwb$dat_r;
        fwd_lane = fwd_word;
        if (size == 32'h1) begin
            dwb$sel = ((32'h8) & 4'hf) >> addr[(32'h0)+:(2)];
            dwb$dat_w = (wdata & 64'hff) | ((wdata & 64'hff) << 32'h8) | ((wdata & 64'hff) << 32'h10) | ((wdata & 64'hff) << 32'h18);
            lane = (dwb$dat_r >> ((((32'h3) & 32'hffffffff) - ((addr[(32'h0)+:(2)]) & 32'hffffffff)) << 32'h3)) & 64'hff;
            fwd_lane = (fwd_word >> ((((32'h3) & 32'hffffffff) - ((addr[(32'h0)+:(2)]) & 32'hffffffff)) << 32'h3)) & 64'hff;
        end
        if (size == 32'h2) begin
            dwb$sel = 32'hc;
            lane = dwb$dat_r >> 32'h10;
            fwd_lane = fwd_word >> 32'h10;
            if (addr[32'h1]) begin
                dwb$sel = 32'h3;
                lane = dwb$dat_r & 64'hffff;
                fwd_lane = fwd_word & 64'hffff;
            end
            dwb$dat_w = (wdata & 64'hffff) | ((wdata & 64'hffff) << 32'h10);
        end
        rdata = lane;
        if (sgn & (size == 32'h1) & lane[32'h7]) begin
            rdata = lane | 64'hffffff00;
        end
        if (sgn & (size == 32'h2) & lane[32'hf]) begin
            rdata = lane | 64'hffff0000;
        end
        fwd_data = fwd_lane;
        if (sgn & (size == 32'h1) & fwd_lane[32'h7]) begin
            fwd_data = fwd_lane | 64'hffffff00;
        end
        if (sgn & (size == 32'h2) & fwd_lane[32'hf]) begin
            fwd_data = fwd_lane | 64'hffff0000;
        end
        rword = dwb$dat_r;
        done = req & dwb$ack;
        err = req & dwb$err & ~dwb$ack;
    end
    
endmodule // top$core$lsu


module top$core$mac(clock,reset,prod,msb,acc_we,clr,load,load_lo,load_hi,hi,ov,lo,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] prod;
    input wire  msb;
    input wire  acc_we;
    input wire  clr;
    input wire  load;
    input wire  [31:0] load_lo;
    input wire  [31:0] load_hi;
    output reg  [31:0] hi;
    output reg  ov;
    output reg  [31:0] lo;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    
    // Constant declarations
    localparam  k_maclo = 32'h2801;
    localparam  k_machi = 32'h2802;
    
    // Stub signals
    reg  [31:0] maclo$d;
    wire  [31:0] maclo$q;
    reg  maclo$clock;
    reg  [31:0] machi$d;
    wire  [31:0] machi$q;
    reg  machi$clock;
    
    // Local signals
    reg  [63:0] acc;
    reg  [63:0] acc_new;
    reg  is_lo;
    reg  is_hi;
    
    // Sub module instances
    top$core$mac$maclo maclo(
        .d(maclo$d),
        .q(maclo$q),
        .clock(maclo$clock)
    );
    top$core$mac$machi machi(
        .d(machi$d),
        .q(machi$q),
        .clock(machi$clock)
    );
    
    // Update code
    always @(*) begin
        maclo$clock = clock;
        machi$clock = clock;
        maclo$d = maclo$q;
        machi$d = machi$q;
        acc = (((machi$q) & 64'hffffffffffffffff) << 32'h20) | ((maclo$q) & 64'hffffffffffffffff);
        acc_new = acc + prod;
        if (msb) begin
            acc_new = acc - prod;
        end
        ov = (acc[32'h3f] == prod[32'h3f]) & (acc_new[32'h3f] != acc[32'h3f]);
        if (msb) begin
            ov = (acc[32'h3f] != prod[32'h3f]) & (acc_new[32'h3f] != acc[32'h3f]);
        end
        lo = maclo$q;
        hi = machi$q;
        is_lo = spr$addr == k_maclo;
        is_hi = spr$addr == k_machi;
        spr$hit = is_lo | is_hi;
        spr$busy = 1'b0;
        spr$rdata = 32'h0;
        if (is_lo) begin
            spr$rdata = maclo$q;
        end
        if (is_hi) begin
            spr$rdata = machi$q;
        end
        if (spr$we & is_lo) begin
            maclo$d = spr$wdata;
        end
        if (spr$we & is_hi) begin
            machi$d = spr$wdata;
        end
        if (acc_we) begin
            maclo$d = acc_new[(32'h0)+:(32)];
            machi$d = acc_new[(32'h20)+:(32)];
        end
        if (clr) begin
            maclo$d = 32'h0;
            machi$d = 32'h0;
        end
        if (load) begin
            maclo$d = load_lo;
            machi$d = load_hi;
        end
        if (reset) begin
            maclo$d = 32'h0;
            machi$d = 32'h0;
        end
    end
    
endmodule // top$core$mac


module top$core$mac$machi(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$machi


module top$core$mac$maclo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$maclo


module top$core$mem_a(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_a


module top$core$mem_age(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_age


module top$core$mem_b(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_b


module top$core$mem_br(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_br


module top$core$mem_ds(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_ds


module top$core$mem_ea(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_ea


module top$core$mem_eear(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_eear


module top$core$mem_eear_we(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_eear_we


module top$core$mem_exc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_exc


module top$core$mem_insn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_insn


module top$core$mem_ld(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_ld


module top$core$mem_lsgn(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_lsgn


module top$core$mem_lwa(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_lwa


module top$core$mem_mfspr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_mfspr


module top$core$mem_mtspr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_mtspr


module top$core$mem_npc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_npc


module top$core$mem_pc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_pc


module top$core$mem_rd(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_rd


module top$core$mem_result(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_result


module top$core$mem_rfe(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_rfe


module top$core$mem_rg_blk(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_rg_blk


module top$core$mem_rg_exit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_rg_exit


module top$core$mem_rg_hpa(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_rg_hpa


module top$core$mem_size(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_size


module top$core$mem_smc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_smc


module top$core$mem_st(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_st


module top$core$mem_swa(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_swa


module top$core$mem_swa_eq(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_swa_eq


module top$core$mem_swa_hit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_swa_hit


module top$core$mem_swa_wr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_swa_wr


module top$core$mem_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_valid


module top$core$mem_vec(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_vec


module top$core$mem_vmcall(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_vmcall


module top$core$mem_vmenter(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_vmenter


module top$core$mem_wr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_wr


module top$core$mem_xl_ci(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_xl_ci


module top$core$mem_xl_fault(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_xl_fault


module top$core$mem_xl_gpa(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_xl_gpa


module top$core$mem_xl_paddr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_xl_paddr


module top$core$mem_xl_rg_blk(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_xl_rg_blk


module top$core$mem_xl_rg_exit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_xl_rg_exit


module top$core$mem_xl_vec(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mem_xl_vec


module top$core$pic(clock,reset,lines,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy,irq);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] lines;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    output reg  irq;
    
    // Constant declarations
    localparam  k_picmr = 32'h4800;
    localparam  k_picsr = 32'h4802;
    
    // Stub signals
    reg  [31:0] picmr_q$d;
    wire  [31:0] picmr_q$q;
    reg  picmr_q$clock;
    
    // Local signals
    reg  is_picmr;
    reg  is_picsr;
    
    // Sub module instances
    top$core$pic$picmr_q picmr_q(
        .d(picmr_q$d),
        .q(picmr_q$q),
        .clock(picmr_q$clock)
    );
    
    // Update code
    always @(*) begin
        picmr_q$clock = clock;
        picmr_q$d = picmr_q$q;
        is_picmr = spr$addr == k_picmr;
        is_picsr = spr$addr == k_picsr;
        if (spr$we & is_picmr) begin
            picmr_q$d = spr$wdata;
        end
        if (reset) begin
            picmr_q$d = 32'h0;
        end
        spr$hit = is_picmr | is_picsr;
        spr$busy = 1'b0;
        spr$rdata = 32'h0;
        if (is_picmr) begin
            spr$rdata = picmr_q$q;
        end
        if (is_picsr) begin
            spr$rdata = lines;
        end
        irq = |(lines & picmr_q$q);
    end
    
endmodule // top$core$pic


module top$core$pic$picmr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$pic$picmr_q


module top$core$resv_addr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$resv_addr


module top$core$resv_val(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$resv_val


module top$core$resv_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$resv_valid


module top$core$rf(clock,ra_addr,rb_addr,ra_data,rb_data,we,waddr,wdata);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] ra_addr;
    input wire  [4:0] rb_addr;
    output reg  [31:0] ra_data;
    output reg  [31:0] rb_data;
    input wire  we;
    input wire  [4:0] waddr;
    input wire  [31:0] wdata;
    
    // Update code (custom)
    reg [31:0] bank_a [0:31];
    reg [31:0] bank_b [0:31];
    integer i;
    initial begin
        for (i = 0; i < 32; i = i + 1) begin
            bank_a[i] = 32'h0;
            bank_b[i] = 32'h0;
        end
    end
    always @(posedge clock) begin
        if (we & (|waddr)) begin
            bank_a[waddr] <= wdata;
            bank_b[waddr] <= wdata;
        end
    end
    always @(*) begin
        ra_data = bank_a[ra_addr];
        rb_data = bank_b[rb_addr];
    end
endmodule // top$core$rf


module top$core$tick(clock,reset,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy,irq,count,load,load_ttmr,load_ttcr,ttmr,ttcr);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    output reg  irq;
    input wire  count;
    input wire  load;
    input wire  [31:0] load_ttmr;
    input wire  [31:0] load_ttcr;
    output reg  [31:0] ttmr;
    output reg  [31:0] ttcr;
    
    // Constant declarations
    localparam  tp_mask = 32'hfffffff;
    localparam  ip = 32'h10000000;
    localparam  ie = 32'h20000000;
    localparam  m_disabled = 2'b0;
    localparam  m_restart = 2'b1;
    localparam  m_stop = 2'b10;
    localparam  k_ttmr = 32'h5000;
    localparam  k_ttcr = 32'h5001;
    
    // Stub signals
    reg  [31:0] ttmr_q$d;
    wire  [31:0] ttmr_q$q;
    reg  ttmr_q$clock;
    reg  [31:0] ttcr_q$d;
    wire  [31:0] ttcr_q$q;
    reg  ttcr_q$clock;
    
    // Local signals
    reg  [1:0] mode;
    reg  [31:0] inc;
    reg  hit;
    reg  run;
    reg  is_ttmr;
    reg  is_ttcr;
    reg  ttmr_we;
    reg  ttcr_we;
    
    // Sub module instances
    top$core$tick$ttmr_q ttmr_q(
        .d(ttmr_q$d),
        .q(ttmr_q$q),
        .clock(ttmr_q$clock)
    );
    top$core$tick$ttcr_q ttcr_q(
        .d(ttcr_q$d),
        .q(ttcr_q$q),
        .clock(ttcr_q$clock)
    );
    
    // Update code
    always @(*) begin
        ttmr_q$clock = clock;
        ttcr_q$clock = clock;
        ttmr_q$d = ttmr_q$q;
        ttcr_q$d = ttcr_q$q;
        is_ttmr = spr$addr == k_ttmr;
        is_ttcr = spr$addr == k_ttcr;
        ttmr_we = spr$we & is_ttmr;
        ttcr_we = spr$we & is_ttcr;
        mode = ttmr_q$q[(32'h1e)+:(2)];
        inc = ttcr_q$q + 32'h1;
        hit = (ttcr_q$q & tp_mask) == (ttmr_q$q & tp_mask);
        run = count & (mode != m_disabled) & ~ttmr_we & ~ttcr_we;
        if (run & (~hit | ((mode != m_restart) & (mode != m_stop)))) begin
            ttcr_q$d = inc;
        end
        if (run & hit & (mode == m_restart)) begin
            ttcr_q$d = 32'h0;
        end
        if (run & hit & |(ttmr_q$q & ie)) begin
            ttmr_q$d = ttmr_q$q | ip;
        end
        if (ttmr_we) begin
            ttmr_q$d = spr$wdata;
        end
        if (ttcr_we) begin
            ttcr_q$d = spr$wdata;
        end
        if (load) begin
            ttmr_q$d = load_ttmr;
            ttcr_q$d = load_ttcr;
        end
        if (reset) begin
            ttmr_q$d = 32'h0;
            ttcr_q$d = 32'h0;
        end
        spr$hit = is_ttmr | is_ttcr;
        spr$busy = 1'b0;
        spr$rdata = 32'h0;
        if (is_ttmr) begin
            spr$rdata = ttmr_q$q;
        end
        if (is_ttcr) begin
            spr$rdata = ttcr_q$q;
        end
        irq = |(ttmr_q$q & ip);
        ttmr = ttmr_q$q;
        ttcr = ttcr_q$q;
    end
    
endmodule // top$core$tick


module top$core$tick$ttcr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$tick$ttcr_q


module top$core$tick$ttmr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$tick$ttmr_q


module top$core$vm(clock,reset,spr$addr,spr$wdata,spr$rreq,spr$wreq,spr$we,spr$rdata,spr$hit,spr$busy,vmcr,monitor,guest,host,sr,epcr,eear,esr,smc,caller_sr,pc,smret,smepcr,smesr,enter_vmid,enter_answer,enter_code,enter,exit,exit_cause,exit_info0,exit_info1,exit_pc,maclo,machi,ttmr,ttcr,host_sr,host_eear,host_pc,tlb_flush,busy,rf_raddr,rf_rdata,rf_we,rf_waddr,rf_wdata,exit_done,enter_done,r_pc,r_sr,r_epcr,r_eear,r_esr,r_maclo,r_machi,r_ttmr,r_ttcr,d_ex$pa,d_ex$hpa,d_ex$vmexit,d_ex$blocked,d_mem$pa,d_mem$hpa,d_mem$vmexit,d_mem$blocked,ifetch$pa,ifetch$hpa,ifetch$vmexit,ifetch$blocked);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] spr$addr;
    input wire  [31:0] spr$wdata;
    input wire  spr$rreq;
    input wire  spr$wreq;
    input wire  spr$we;
    output reg  [31:0] spr$rdata;
    output reg  spr$hit;
    output reg  spr$busy;
    output reg  [7:0] vmcr;
    output reg  monitor;
    output reg  guest;
    output reg  host;
    input wire  [31:0] sr;
    input wire  [31:0] epcr;
    input wire  [31:0] eear;
    input wire  [31:0] esr;
    input wire  smc;
    input wire  [31:0] caller_sr;
    input wire  [31:0] pc;
    input wire  smret;
    output reg  [31:0] smepcr;
    output reg  [31:0] smesr;
    input wire  [31:0] enter_vmid;
    input wire  [31:0] enter_answer;
    output reg  [31:0] enter_code;
    input wire  enter;
    input wire  exit;
    input wire  [31:0] exit_cause;
    input wire  [31:0] exit_info0;
    input wire  [31:0] exit_info1;
    input wire  [31:0] exit_pc;
    input wire  [31:0] maclo;
    input wire  [31:0] machi;
    input wire  [31:0] ttmr;
    input wire  [31:0] ttcr;
    output reg  [31:0] host_sr;
    output reg  [31:0] host_eear;
    output reg  [31:0] host_pc;
    output reg  tlb_flush;
    output reg  busy;
    output reg  [4:0] rf_raddr;
    input wire  [31:0] rf_rdata;
    output reg  rf_we;
    output reg  [4:0] rf_waddr;
    output reg  [31:0] rf_wdata;
    output reg  exit_done;
    output reg  enter_done;
    output reg  [31:0] r_pc;
    output reg  [31:0] r_sr;
    output reg  [31:0] r_epcr;
    output reg  [31:0] r_eear;
    output reg  [31:0] r_esr;
    output reg  [31:0] r_maclo;
    output reg  [31:0] r_machi;
    output reg  [31:0] r_ttmr;
    output reg  [31:0] r_ttcr;
    input wire  [31:0] d_ex$pa;
    output reg  [31:0] d_ex$hpa;
    output reg  d_ex$vmexit;
    output reg  d_ex$blocked;
    input wire  [31:0] d_mem$pa;
    output reg  [31:0] d_mem$hpa;
    output reg  d_mem$vmexit;
    output reg  d_mem$blocked;
    input wire  [31:0] ifetch$pa;
    output reg  [31:0] ifetch$hpa;
    output reg  ifetch$vmexit;
    output reg  ifetch$blocked;
    
    // Constant declarations
    localparam  k_enabled = 1'b0;
    localparam  slot_id$0 = 32'h1;
    localparam  slot_id$1 = 32'h2;
    localparam  slot_id$2 = 32'h3;
    localparam  slot_id$3 = 32'h4;
    localparam  slot_id$4 = 32'h5;
    localparam  slot_id$5 = 32'h6;
    localparam  slot_id$6 = 32'h7;
    localparam  w_latch$0 = 6'b100000;
    localparam  w_latch$1 = 6'b100001;
    localparam  w_latch$2 = 6'b100010;
    localparam  w_latch$3 = 6'b100011;
    localparam  w_latch$4 = 6'b100100;
    localparam  w_latch$5 = 6'b100101;
    localparam  w_latch$6 = 6'b100110;
    localparam  w_latch$7 = 6'b100111;
    localparam  w_latch$8 = 6'b101000;
    localparam  w_latch$9 = 6'b101001;
    localparam  cp_gpa$0 = 6'b0;
    localparam  cp_gpa$1 = 6'b11;
    localparam  cp_gpa$2 = 6'b110;
    localparam  cp_gpa$3 = 6'b1001;
    localparam  cp_size$0 = 6'b1;
    localparam  cp_size$1 = 6'b100;
    localparam  cp_size$2 = 6'b111;
    localparam  cp_size$3 = 6'b1010;
    localparam  cp_hpa$0 = 6'b10;
    localparam  cp_hpa$1 = 6'b101;
    localparam  cp_hpa$2 = 6'b1000;
    localparam  cp_hpa$3 = 6'b1011;
    localparam  rg_gpa$0 = 32'hc030;
    localparam  rg_gpa$1 = 32'hc034;
    localparam  rg_gpa$2 = 32'hc038;
    localparam  rg_gpa$3 = 32'hc03c;
    localparam  rg_size$0 = 32'hc031;
    localparam  rg_size$1 = 32'hc035;
    localparam  rg_size$2 = 32'hc039;
    localparam  rg_size$3 = 32'hc03d;
    localparam  rg_hpa$0 = 32'hc032;
    localparam  rg_hpa$1 = 32'hc036;
    localparam  rg_hpa$2 = 32'hc03a;
    localparam  rg_hpa$3 = 32'hc03e;
    localparam  k_spr_vmcr = 32'hc000;
    localparam  k_spr_vmexit = 32'hc001;
    localparam  k_spr_smepcr = 32'hc010;
    localparam  k_spr_smesr = 32'hc011;
    localparam  k_spr_smevmcr = 32'hc012;
    localparam  k_spr_vmsel = 32'hc020;
    localparam  info_addr$0 = 32'hc002;
    localparam  info_addr$1 = 32'hc003;
    localparam  info_addr$2 = 32'hc004;
    localparam  info_addr$3 = 32'hc005;
    localparam  info_addr$4 = 32'hc006;
    localparam  info_addr$5 = 32'hc007;
    localparam  info_gpr$0 = 6'b11;
    localparam  info_gpr$1 = 6'b100;
    localparam  info_gpr$2 = 6'b101;
    localparam  info_gpr$3 = 6'b110;
    localparam  info_gpr$4 = 6'b111;
    localparam  info_gpr$5 = 6'b1000;
    localparam  k_monitor = 32'h4;
    localparam  k_guest = 32'h2;
    localparam  k_vmid_mask = 32'hf0;
    localparam  k_uncached = 32'h80000000;
    localparam  k_vmcall = 32'h3;
    localparam  k_halt = 32'h5;
    localparam  k_last = 6'b101001;
    localparam  k_last_enter = 6'b101010;
    localparam  k_vec_reset = 32'h100;
    localparam  k_sr_reset = 32'h8001;
    localparam  k_err_vmid = 32'h1;
    localparam  k_err_free = 32'h2;
    localparam  k_err_unlaunched = 32'h3;
    localparam  k_slots = 32'h7;
    
    // Enums
    localparam SeqState$Idle = 0;
    localparam SeqState$Exit = 1;
    localparam SeqState$Enter = 2;
    localparam SeqState$ExitDone = 3;
    localparam SeqState$EnterDone = 4;
    
    // Stub signals
    reg  slots$0$clock;
    reg  slots$0$reset;
    reg  [31:0] slots$0$sel_id;
    reg  [31:0] slots$0$addr;
    reg  slots$0$we;
    reg  [31:0] slots$0$wdata;
    wire  [31:0] slots$0$rdata;
    wire  [1:0] slots$0$state;
    reg  [31:0] slots$0$run_id;
    reg  slots$0$saved;
    wire  slots$0$running;
    wire  slots$0$fresh;
    reg  [31:0] slots$0$h0;
    reg  [31:0] slots$0$h1;
    reg  [31:0] slots$0$h2;
    wire  slots$0$h0_hit;
    wire  slots$0$h1_hit;
    wire  slots$0$h2_hit;
    reg  slots$1$clock;
    reg  slots$1$reset;
    reg  [31:0] slots$1$sel_id;
    reg  [31:0] slots$1$addr;
    reg  slots$1$we;
    reg  [31:0] slots$1$wdata;
    wire  [31:0] slots$1$rdata;
    wire  [1:0] slots$1$state;
    reg  [31:0] slots$1$run_id;
    reg  slots$1$saved;
    wire  slots$1$running;
    wire  slots$1$fresh;
    reg  [31:0] slots$1$h0;
    reg  [31:0] slots$1$h1;
    reg  [31:0] slots$1$h2;
    wire  slots$1$h0_hit;
    wire  slots$1$h1_hit;
    wire  slots$1$h2_hit;
    reg  slots$2$clock;
    reg  slots$2$reset;
    reg  [31:0] slots$2$sel_id;
    reg  [31:0] slots$2$addr;
    reg  slots$2$we;
    reg  [31:0] slots$2$wdata;
    wire  [31:0] slots$2$rdata;
    wire  [1:0] slots$2$state;
    reg  [31:0] slots$2$run_id;
    reg  slots$2$saved;
    wire  slots$2$running;
    wire  slots$2$fresh;
    reg  [31:0] slots$2$h0;
    reg  [31:0] slots$2$h1;
    reg  [31:0] slots$2$h2;
    wire  slots$2$h0_hit;
    wire  slots$2$h1_hit;
    wire  slots$2$h2_hit;
    reg  slots$3$clock;
    reg  slots$3$reset;
    reg  [31:0] slots$3$sel_id;
    reg  [31:0] slots$3$addr;
    reg  slots$3$we;
    reg  [31:0] slots$3$wdata;
    wire  [31:0] slots$3$rdata;
    wire  [1:0] slots$3$state;
    reg  [31:0] slots$3$run_id;
    reg  slots$3$saved;
    wire  slots$3$running;
    wire  slots$3$fresh;
    reg  [31:0] slots$3$h0;
    reg  [31:0] slots$3$h1;
    reg  [31:0] slots$3$h2;
    wire  slots$3$h0_hit;
    wire  slots$3$h1_hit;
    wire  slots$3$h2_hit;
    reg  slots$4$clock;
    reg  slots$4$reset;
    reg  [31:0] slots$4$sel_id;
    reg  [31:0] slots$4$addr;
    reg  slots$4$we;
    reg  [31:0] slots$4$wdata;
    wire  [31:0] slots$4$rdata;
    wire  [1:0] slots$4$state;
    reg  [31:0] slots$4$run_id;
    reg  slots$4$saved;
    wire  slots$4$running;
    wire  slots$4$fresh;
    reg  [31:0] slots$4$h0;
    reg  [31:0] slots$4$h1;
    reg  [31:0] slots$4$h2;
    wire  slots$4$h0_hit;
    wire  slots$4$h1_hit;
    wire  slots$4$h2_hit;
    reg  slots$5$clock;
    reg  slots$5$reset;
    reg  [31:0] slots$5$sel_id;
    reg  [31:0] slots$5$addr;
    reg  slots$5$we;
    reg  [31:0] slots$5$wdata;
    wire  [31:0] slots$5$rdata;
    wire  [1:0] slots$5$state;
    reg  [31:0] slots$5$run_id;
    reg  slots$5$saved;
    wire  slots$5$running;
    wire  slots$5$fresh;
    reg  [31:0] slots$5$h0;
    reg  [31:0] slots$5$h1;
    reg  [31:0] slots$5$h2;
    wire  slots$5$h0_hit;
    wire  slots$5$h1_hit;
    wire  slots$5$h2_hit;
    reg  slots$6$clock;
    reg  slots$6$reset;
    reg  [31:0] slots$6$sel_id;
    reg  [31:0] slots$6$addr;
    reg  slots$6$we;
    reg  [31:0] slots$6$wdata;
    wire  [31:0] slots$6$rdata;
    wire  [1:0] slots$6$state;
    reg  [31:0] slots$6$run_id;
    reg  slots$6$saved;
    wire  slots$6$running;
    wire  slots$6$fresh;
    reg  [31:0] slots$6$h0;
    reg  [31:0] slots$6$h1;
    reg  [31:0] slots$6$h2;
    wire  slots$6$h0_hit;
    wire  slots$6$h1_hit;
    wire  slots$6$h2_hit;
    reg  live$0$clock;
    reg  live$0$reset;
    reg  live$0$we_gpa;
    reg  live$0$we_size;
    reg  live$0$we_hpa;
    reg  [31:0] live$0$wdata;
    reg  live$0$owned;
    reg  [31:0] live$0$h0;
    reg  [31:0] live$0$h1;
    reg  [31:0] live$0$h2;
    wire  live$0$h0_hit;
    wire  live$0$h1_hit;
    wire  live$0$h2_hit;
    wire  live$0$valid;
    wire  [31:0] live$0$mask;
    wire  [31:0] live$0$gpa;
    wire  [31:0] live$0$hpa;
    wire  [31:0] live$0$size;
    reg  live$1$clock;
    reg  live$1$reset;
    reg  live$1$we_gpa;
    reg  live$1$we_size;
    reg  live$1$we_hpa;
    reg  [31:0] live$1$wdata;
    reg  live$1$owned;
    reg  [31:0] live$1$h0;
    reg  [31:0] live$1$h1;
    reg  [31:0] live$1$h2;
    wire  live$1$h0_hit;
    wire  live$1$h1_hit;
    wire  live$1$h2_hit;
    wire  live$1$valid;
    wire  [31:0] live$1$mask;
    wire  [31:0] live$1$gpa;
    wire  [31:0] live$1$hpa;
    wire  [31:0] live$1$size;
    reg  live$2$clock;
    reg  live$2$reset;
    reg  live$2$we_gpa;
    reg  live$2$we_size;
    reg  live$2$we_hpa;
    reg  [31:0] live$2$wdata;
    reg  live$2$owned;
    reg  [31:0] live$2$h0;
    reg  [31:0] live$2$h1;
    reg  [31:0] live$2$h2;
    wire  live$2$h0_hit;
    wire  live$2$h1_hit;
    wire  live$2$h2_hit;
    wire  live$2$valid;
    wire  [31:0] live$2$mask;
    wire  [31:0] live$2$gpa;
    wire  [31:0] live$2$hpa;
    wire  [31:0] live$2$size;
    reg  live$3$clock;
    reg  live$3$reset;
    reg  live$3$we_gpa;
    reg  live$3$we_size;
    reg  live$3$we_hpa;
    reg  [31:0] live$3$wdata;
    reg  live$3$owned;
    reg  [31:0] live$3$h0;
    reg  [31:0] live$3$h1;
    reg  [31:0] live$3$h2;
    wire  live$3$h0_hit;
    wire  live$3$h1_hit;
    wire  live$3$h2_hit;
    wire  live$3$valid;
    wire  [31:0] live$3$mask;
    wire  [31:0] live$3$gpa;
    wire  [31:0] live$3$hpa;
    wire  [31:0] live$3$size;
    reg  [8:0] store$read_address;
    reg  store$read_clock;
    wire  [31:0] store$read_data;
    reg  [8:0] store$write_address;
    reg  store$write_clock;
    reg  [31:0] store$write_data;
    reg  store$write_enable;
    reg  [31:0] vmcr_q$d;
    wire  [31:0] vmcr_q$q;
    reg  vmcr_q$clock;
    reg  [31:0] smepcr_q$d;
    wire  [31:0] smepcr_q$q;
    reg  smepcr_q$clock;
    reg  [31:0] smesr_q$d;
    wire  [31:0] smesr_q$q;
    reg  smesr_q$clock;
    reg  [31:0] smevmcr_q$d;
    wire  [31:0] smevmcr_q$q;
    reg  smevmcr_q$clock;
    reg  [31:0] vmsel_q$d;
    wire  [31:0] vmsel_q$q;
    reg  vmsel_q$clock;
    reg  [31:0] cause_q$d;
    wire  [31:0] cause_q$q;
    reg  cause_q$clock;
    reg  [31:0] info$0$d;
    wire  [31:0] info$0$q;
    reg  info$0$clock;
    reg  [31:0] info$1$d;
    wire  [31:0] info$1$q;
    reg  info$1$clock;
    reg  [31:0] info$2$d;
    wire  [31:0] info$2$q;
    reg  info$2$clock;
    reg  [31:0] info$3$d;
    wire  [31:0] info$3$q;
    reg  info$3$clock;
    reg  [31:0] info$4$d;
    wire  [31:0] info$4$q;
    reg  info$4$clock;
    reg  [31:0] info$5$d;
    wire  [31:0] info$5$q;
    reg  info$5$clock;
    reg  [31:0] host_sr_q$d;
    wire  [31:0] host_sr_q$q;
    reg  host_sr_q$clock;
    reg  [31:0] host_eear_q$d;
    wire  [31:0] host_eear_q$q;
    reg  host_eear_q$clock;
    reg  [31:0] host_pc_q$d;
    wire  [31:0] host_pc_q$q;
    reg  host_pc_q$clock;
    reg  [31:0] answer_q$d;
    wire  [31:0] answer_q$q;
    reg  answer_q$clock;
    reg  [31:0] vmid_q$d;
    wire  [31:0] vmid_q$q;
    reg  vmid_q$clock;
    reg  [31:0] l$0$d;
    wire  [31:0] l$0$q;
    reg  l$0$clock;
    reg  [31:0] l$1$d;
    wire  [31:0] l$1$q;
    reg  l$1$clock;
    reg  [31:0] l$2$d;
    wire  [31:0] l$2$q;
    reg  l$2$clock;
    reg  [31:0] l$3$d;
    wire  [31:0] l$3$q;
    reg  l$3$clock;
    reg  [31:0] l$4$d;
    wire  [31:0] l$4$q;
    reg  l$4$clock;
    reg  [31:0] l$5$d;
    wire  [31:0] l$5$q;
    reg  l$5$clock;
    reg  [31:0] l$6$d;
    wire  [31:0] l$6$q;
    reg  l$6$clock;
    reg  [31:0] l$7$d;
    wire  [31:0] l$7$q;
    reg  l$7$clock;
    reg  [31:0] l$8$d;
    wire  [31:0] l$8$q;
    reg  l$8$clock;
    reg  [31:0] l$9$d;
    wire  [31:0] l$9$q;
    reg  l$9$clock;
    reg  [2:0] seq$d;
    wire  [2:0] seq$q;
    reg  seq$clock;
    reg  [5:0] cnt$d;
    wire  [5:0] cnt$q;
    reg  cnt$clock;
    reg  [5:0] rd_word$d;
    wire  [5:0] rd_word$q;
    reg  rd_word$clock;
    
    // Local signals
    reg  fresh;
    reg  [5:0] word;
    reg  [31:0] rd_data;
    reg  [8:0] slot_base;
    reg  [2:0] vmid_m1;
    reg  [1:0] state_of_enter;
    reg  is_grp;
    reg  h_d_ex;
    reg  h_d_mem;
    reg  h_if;
    reg  g_hit;
    reg  [31:0] g_hpa;
    reg  g_hit_m;
    reg  [31:0] g_hpa_m;
    reg  g_hit_i;
    reg  [31:0] g_hpa_i;
    
    // Sub module instances
    top$core$vm$slots$0 slots$0(
        .clock(slots$0$clock),
        .reset(slots$0$reset),
        .sel_id(slots$0$sel_id),
        .addr(slots$0$addr),
        .we(slots$0$we),
        .wdata(slots$0$wdata),
        .rdata(slots$0$rdata),
        .state(slots$0$state),
        .run_id(slots$0$run_id),
        .saved(slots$0$saved),
        .running(slots$0$running),
        .fresh(slots$0$fresh),
        .h0(slots$0$h0),
        .h1(slots$0$h1),
        .h2(slots$0$h2),
        .h0_hit(slots$0$h0_hit),
        .h1_hit(slots$0$h1_hit),
        .h2_hit(slots$0$h2_hit)
    );
    top$core$vm$slots$1 slots$1(
        .clock(slots$1$clock),
        .reset(slots$1$reset),
        .sel_id(slots$1$sel_id),
        .addr(slots$1$addr),
        .we(slots$1$we),
        .wdata(slots$1$wdata),
        .rdata(slots$1$rdata),
        .state(slots$1$state),
        .run_id(slots$1$run_id),
        .saved(slots$1$saved),
        .running(slots$1$running),
        .fresh(slots$1$fresh),
        .h0(slots$1$h0),
        .h1(slots$1$h1),
        .h2(slots$1$h2),
        .h0_hit(slots$1$h0_hit),
        .h1_hit(slots$1$h1_hit),
        .h2_hit(slots$1$h2_hit)
    );
    top$core$vm$slots$2 slots$2(
        .clock(slots$2$clock),
        .reset(slots$2$reset),
        .sel_id(slots$2$sel_id),
        .addr(slots$2$addr),
        .we(slots$2$we),
        .wdata(slots$2$wdata),
        .rdata(slots$2$rdata),
        .state(slots$2$state),
        .run_id(slots$2$run_id),
        .saved(slots$2$saved),
        .running(slots$2$running),
        .fresh(slots$2$fresh),
        .h0(slots$2$h0),
        .h1(slots$2$h1),
        .h2(slots$2$h2),
        .h0_hit(slots$2$h0_hit),
        .h1_hit(slots$2$h1_hit),
        .h2_hit(slots$2$h2_hit)
    );
    top$core$vm$slots$3 slots$3(
        .clock(slots$3$clock),
        .reset(slots$3$reset),
        .sel_id(slots$3$sel_id),
        .addr(slots$3$addr),
        .we(slots$3$we),
        .wdata(slots$3$wdata),
        .rdata(slots$3$rdata),
        .state(slots$3$state),
        .run_id(slots$3$run_id),
        .saved(slots$3$saved),
        .running(slots$3$running),
        .fresh(slots$3$fresh),
        .h0(slots$3$h0),
        .h1(slots$3$h1),
        .h2(slots$3$h2),
        .h0_hit(slots$3$h0_hit),
        .h1_hit(slots$3$h1_hit),
        .h2_hit(slots$3$h2_hit)
    );
    top$core$vm$slots$4 slots$4(
        .clock(slots$4$clock),
        .reset(slots$4$reset),
        .sel_id(slots$4$sel_id),
        .addr(slots$4$addr),
        .we(slots$4$we),
        .wdata(slots$4$wdata),
        .rdata(slots$4$rdata),
        .state(slots$4$state),
        .run_id(slots$4$run_id),
        .saved(slots$4$saved),
        .running(slots$4$running),
        .fresh(slots$4$fresh),
        .h0(slots$4$h0),
        .h1(slots$4$h1),
        .h2(slots$4$h2),
        .h0_hit(slots$4$h0_hit),
        .h1_hit(slots$4$h1_hit),
        .h2_hit(slots$4$h2_hit)
    );
    top$core$vm$slots$5 slots$5(
        .clock(slots$5$clock),
        .reset(slots$5$reset),
        .sel_id(slots$5$sel_id),
        .addr(slots$5$addr),
        .we(slots$5$we),
        .wdata(slots$5$wdata),
        .rdata(slots$5$rdata),
        .state(slots$5$state),
        .run_id(slots$5$run_id),
        .saved(slots$5$saved),
        .running(slots$5$running),
        .fresh(slots$5$fresh),
        .h0(slots$5$h0),
        .h1(slots$5$h1),
        .h2(slots$5$h2),
        .h0_hit(slots$5$h0_hit),
        .h1_hit(slots$5$h1_hit),
        .h2_hit(slots$5$h2_hit)
    );
    top$core$vm$slots$6 slots$6(
        .clock(slots$6$clock),
        .reset(slots$6$reset),
        .sel_id(slots$6$sel_id),
        .addr(slots$6$addr),
        .we(slots$6$we),
        .wdata(slots$6$wdata),
        .rdata(slots$6$rdata),
        .state(slots$6$state),
        .run_id(slots$6$run_id),
        .saved(slots$6$saved),
        .running(slots$6$running),
        .fresh(slots$6$fresh),
        .h0(slots$6$h0),
        .h1(slots$6$h1),
        .h2(slots$6$h2),
        .h0_hit(slots$6$h0_hit),
        .h1_hit(slots$6$h1_hit),
        .h2_hit(slots$6$h2_hit)
    );
    top$core$vm$live$0 live$0(
        .clock(live$0$clock),
        .reset(live$0$reset),
        .we_gpa(live$0$we_gpa),
        .we_size(live$0$we_size),
        .we_hpa(live$0$we_hpa),
        .wdata(live$0$wdata),
        .owned(live$0$owned),
        .h0(live$0$h0),
        .h1(live$0$h1),
        .h2(live$0$h2),
        .h0_hit(live$0$h0_hit),
        .h1_hit(live$0$h1_hit),
        .h2_hit(live$0$h2_hit),
        .valid(live$0$valid),
        .mask(live$0$mask),
        .gpa(live$0$gpa),
        .hpa(live$0$hpa),
        .size(live$0$size)
    );
    top$core$vm$live$1 live$1(
        .clock(live$1$clock),
        .reset(live$1$reset),
        .we_gpa(live$1$we_gpa),
        .we_size(live$1$we_size),
        .we_hpa(live$1$we_hpa),
        .wdata(live$1$wdata),
        .owned(live$1$owned),
        .h0(live$1$h0),
        .h1(live$1$h1),
        .h2(live$1$h2),
        .h0_hit(live$1$h0_hit),
        .h1_hit(live$1$h1_hit),
        .h2_hit(live$1$h2_hit),
        .valid(live$1$valid),
        .mask(live$1$mask),
        .gpa(live$1$gpa),
        .hpa(live$1$hpa),
        .size(live$1$size)
    );
    top$core$vm$live$2 live$2(
        .clock(live$2$clock),
        .reset(live$2$reset),
        .we_gpa(live$2$we_gpa),
        .we_size(live$2$we_size),
        .we_hpa(live$2$we_hpa),
        .wdata(live$2$wdata),
        .owned(live$2$owned),
        .h0(live$2$h0),
        .h1(live$2$h1),
        .h2(live$2$h2),
        .h0_hit(live$2$h0_hit),
        .h1_hit(live$2$h1_hit),
        .h2_hit(live$2$h2_hit),
        .valid(live$2$valid),
        .mask(live$2$mask),
        .gpa(live$2$gpa),
        .hpa(live$2$hpa),
        .size(live$2$size)
    );
    top$core$vm$live$3 live$3(
        .clock(live$3$clock),
        .reset(live$3$reset),
        .we_gpa(live$3$we_gpa),
        .we_size(live$3$we_size),
        .we_hpa(live$3$we_hpa),
        .wdata(live$3$wdata),
        .owned(live$3$owned),
        .h0(live$3$h0),
        .h1(live$3$h1),
        .h2(live$3$h2),
        .h0_hit(live$3$h0_hit),
        .h1_hit(live$3$h1_hit),
        .h2_hit(live$3$h2_hit),
        .valid(live$3$valid),
        .mask(live$3$mask),
        .gpa(live$3$gpa),
        .hpa(live$3$hpa),
        .size(live$3$size)
    );
    top$core$vm$store store(
        .read_address(store$read_address),
        .read_clock(store$read_clock),
        .read_data(store$read_data),
        .write_address(store$write_address),
        .write_clock(store$write_clock),
        .write_data(store$write_data),
        .write_enable(store$write_enable)
    );
    top$core$vm$vmcr_q vmcr_q(
        .d(vmcr_q$d),
        .q(vmcr_q$q),
        .clock(vmcr_q$clock)
    );
    top$core$vm$smepcr_q smepcr_q(
        .d(smepcr_q$d),
        .q(smepcr_q$q),
        .clock(smepcr_q$clock)
    );
    top$core$vm$smesr_q smesr_q(
        .d(smesr_q$d),
        .q(smesr_q$q),
        .clock(smesr_q$clock)
    );
    top$core$vm$smevmcr_q smevmcr_q(
        .d(smevmcr_q$d),
        .q(smevmcr_q$q),
        .clock(smevmcr_q$clock)
    );
    top$core$vm$vmsel_q vmsel_q(
        .d(vmsel_q$d),
        .q(vmsel_q$q),
        .clock(vmsel_q$clock)
    );
    top$core$vm$cause_q cause_q(
        .d(cause_q$d),
        .q(cause_q$q),
        .clock(cause_q$clock)
    );
    top$core$vm$info$0 info$0(
        .d(info$0$d),
        .q(info$0$q),
        .clock(info$0$clock)
    );
    top$core$vm$info$1 info$1(
        .d(info$1$d),
        .q(info$1$q),
        .clock(info$1$clock)
    );
    top$core$vm$info$2 info$2(
        .d(info$2$d),
        .q(info$2$q),
        .clock(info$2$clock)
    );
    top$core$vm$info$3 info$3(
        .d(info$3$d),
        .q(info$3$q),
        .clock(info$3$clock)
    );
    top$core$vm$info$4 info$4(
        .d(info$4$d),
        .q(info$4$q),
        .clock(info$4$clock)
    );
    top$core$vm$info$5 info$5(
        .d(info$5$d),
        .q(info$5$q),
        .clock(info$5$clock)
    );
    top$core$vm$host_sr_q host_sr_q(
        .d(host_sr_q$d),
        .q(host_sr_q$q),
        .clock(host_sr_q$clock)
    );
    top$core$vm$host_eear_q host_eear_q(
        .d(host_eear_q$d),
        .q(host_eear_q$q),
        .clock(host_eear_q$clock)
    );
    top$core$vm$host_pc_q host_pc_q(
        .d(host_pc_q$d),
        .q(host_pc_q$q),
        .clock(host_pc_q$clock)
    );
    top$core$vm$answer_q answer_q(
        .d(answer_q$d),
        .q(answer_q$q),
        .clock(answer_q$clock)
    );
    top$core$vm$vmid_q vmid_q(
        .d(vmid_q$d),
        .q(vmid_q$q),
        .clock(vmid_q$clock)
    );
    top$core$vm$l$0 l$0(
        .d(l$0$d),
        .q(l$0$q),
        .clock(l$0$clock)
    );
    top$core$vm$l$1 l$1(
        .d(l$1$d),
        .q(l$1$q),
        .clock(l$1$clock)
    );
    top$core$vm$l$2 l$2(
        .d(l$2$d),
        .q(l$2$q),
        .clock(l$2$clock)
    );
    top$core$vm$l$3 l$3(
        .d(l$3$d),
        .q(l$3$q),
        .clock(l$3$clock)
    );
    top$core$vm$l$4 l$4(
        .d(l$4$d),
        .q(l$4$q),
        .clock(l$4$clock)
    );
    top$core$vm$l$5 l$5(
        .d(l$5$d),
        .q(l$5$q),
        .clock(l$5$clock)
    );
    top$core$vm$l$6 l$6(
        .d(l$6$d),
        .q(l$6$q),
        .clock(l$6$clock)
    );
    top$core$vm$l$7 l$7(
        .d(l$7$d),
        .q(l$7$q),
        .clock(l$7$clock)
    );
    top$core$vm$l$8 l$8(
        .d(l$8$d),
        .q(l$8$q),
        .clock(l$8$clock)
    );
    top$core$vm$l$9 l$9(
        .d(l$9$d),
        .q(l$9$q),
        .clock(l$9$clock)
    );
    top$core$vm$seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    top$core$vm$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$core$vm$rd_word rd_word(
        .d(rd_word$d),
        .q(rd_word$q),
        .clock(rd_word$clock)
    );
    
    // Update code
    always @(*) begin
        vmcr_q$clock = clock;
        smepcr_q$clock = clock;
        smesr_q$clock = clock;
        smevmcr_q$clock = clock;
        vmsel_q$clock = clock;
        cause_q$clock = clock;
        host_sr_q$clock = clock;
        host_eear_q$clock = clock;
        host_pc_q$clock = clock;
        answer_q$clock = clock;
        vmid_q$clock = clock;
        seq$clock = clock;
        cnt$clock = clock;
        rd_word$clock = clock;
        vmcr_q$d = vmcr_q$q;
        smepcr_q$d = smepcr_q$q;
        smesr_q$d = smesr_q$q;
        smevmcr_q$d = smevmcr_q$q;
        vmsel_q$d = vmsel_q$q;
        cause_q$d = cause_q$q;
        host_sr_q$d = host_sr_q$q;
        host_eear_q$d = host_eear_q$q;
        host_pc_q$d = host_pc_q$q;
        answer_q$d = answer_q$q;
        vmid_q$d = vmid_q$q;
        seq$d = seq$q;
        cnt$d = cnt$q;
        rd_word$d = rd_word$q;
        info$0$clock = clock;
        info$0$d = info$0$q;
        info$1$clock = clock;
        info$1$d = info$1$q;
        info$2$clock = clock;
        info$2$d = info$2$q;
        info$3$clock = clock;
        info$3$d = info$3$q;
        info$4$clock = clock;
        info$4$d = info$4$q;
        info$5$clock = clock;
        info$5$d = info$5$q;
        l$0$clock = clock;
        l$0$d = l$0$q;
        l$1$clock = clock;
        l$1$d = l$1$q;
        l$2$clock = clock;
        l$2$d = l$2$q;
        l$3$clock = clock;
        l$3$d = l$3$q;
        l$4$clock = clock;
        l$4$d = l$4$q;
        l$5$clock = clock;
        l$5$d = l$5$q;
        l$6$clock = clock;
        l$6$d = l$6$q;
        l$7$clock = clock;
        l$7$d = l$7$q;
        l$8$clock = clock;
        l$8$d = l$8$q;
        l$9$clock = clock;
        l$9$d = l$9$q;
        store$read_clock = clock;
        store$write_clock = clock;
        vmcr = vmcr_q$q[(32'h0)+:(8)];
        monitor = |(vmcr_q$q & k_monitor);
        guest = |(vmcr_q$q & k_guest);
        host = ~monitor & ~guest;
        smepcr = smepcr_q$q;
        smesr = smesr_q$q;
        host_sr = host_sr_q$q;
        host_eear = host_eear_q$q;
        host_pc = host_pc_q$q;
        r_pc = l$0$q;
        r_sr = l$1$q;
        r_epcr = l$2$q;
        r_eear = l$3$q;
        r_esr = l$4$q;
        r_maclo = l$5$q;
        r_machi = l$6$q;
        r_ttmr = l$7$q;
        r_ttcr = l$8$q;
        is_grp = k_enabled & (spr$addr[(32'hb)+:(5)] == 32'h18);
        spr$hit = is_grp;
        spr$busy = 1'b0;
        spr$rdata = 32'h0;
        if (is_grp) begin
            if (spr$addr == k_spr_vmcr) begin
                spr$rdata = vmcr_q$q;
            end
            if (spr$addr == k_spr_vmexit) begin
                spr$rdata = cause_q$q;
            end
            if (spr$addr == k_spr_smepcr) begin
                spr$rdata = smepcr_q$q;
            end
            if (spr$addr == k_spr_smesr) begin
                spr$rdata = smesr_q$q;
            end
            if (spr$addr == k_spr_smevmcr) begin
                spr$rdata = smevmcr_q$q;
            end
            if (spr$addr == k_spr_vmsel) begin
                spr$rdata = vmsel_q$q;
            end
            if (spr$addr == info_addr$0) begin
                spr$rdata = info$0$q;
            end
            if (spr$addr == info_addr$1) begin
                spr$rdata = info$1$q;
            end
            if (spr$addr == info_addr$2) begin
                spr$rdata = info$2$q;
            end
            if (spr$addr == info_addr$3) begin
                spr$rdata = info$3$q;
            end
            if (spr$addr == info_addr$4) begin
                spr$rdata = info$4$q;
            end
            if (spr$addr == info_addr$5) begin
                spr$rdata = info$5$q;
            end
        end
        if (spr$we & is_grp) begin
            if (spr$addr == k_spr_smepcr) begin
                smepcr_q$d = spr$wdata;
            end
            if (spr$addr == k_spr_smesr) begin
                smesr_q$d = spr$wdata;
            end
            if (spr$addr == k_spr_vmsel) begin
                vmsel_q$d = spr$wdata;
            end
        end
        vmid_m1 = vmid_q$q[(32'h0)+:(3)] - 32'h1;
        slot_base = ((vmid_m1) & 9'h1ff) << 32'h6;
        fresh = 1'b0;
        state_of_enter = 32'h0;
        h_d_ex = 1'b0;
        h_d_mem = 1'b0;
        h_if = 1'b0;
        slots$0$clock = clock;
        slots$0$reset = reset;
        slots$0$sel_id = vmsel_q$q;
        slots$0$addr = spr$addr;
        slots$0$we = spr$we & is_grp;
        slots$0$wdata = spr$wdata;
        slots$0$run_id = vmid_q$q;
        slots$0$saved = seq$q == SeqState$ExitDone;
        slots$0$h0 = d_ex$pa & ~k_uncached;
        slots$0$h1 = d_mem$pa & ~k_uncached;
        slots$0$h2 = ifetch$pa & ~k_uncached;
        if (is_grp) begin
            spr$rdata = spr$rdata | slots$0$rdata;
        end
        if (slots$0$running & slots$0$fresh) begin
            fresh = 1'b1;
        end
        if (enter_vmid == slot_id$0) begin
            state_of_enter = slots$0$state;
        end
        if (slots$0$h0_hit) begin
            h_d_ex = 1'b1;
        end
        if (slots$0$h1_hit) begin
            h_d_mem = 1'b1;
        end
        if (slots$0$h2_hit) begin
            h_if = 1'b1;
        end
        slots$1$clock = clock;
        slots$1$reset = reset;
        slots$1$sel_id = vmsel_q$q;
        slots$1$addr = spr$addr;
        slots$1$we = spr$we & is_grp;
        slots$1$wdata = spr$wdata;
        slots$1$run_id = vmid_q$q;
        slots$1$saved = seq$q == SeqState$ExitDone;
        slots$1$h0 = d_ex$pa & ~k_uncached;
        slots$1$h1 = d_mem$pa & ~k_uncached;
        slots$1$h2 = ifetch$pa & ~k_uncached;
        if (is_grp) begin
            spr$rdata = spr$rdata | slots$1$rdata;
        end
        if (slots$1$running & slots$1$fresh) begin
            fresh = 1'b1;
        end
        if (enter_vmid == slot_id$1) begin
            state_of_enter = slots$1$state;
        end
        if (slots$1$h0_hit) begin
            h_d_ex = 1'b1;
        end
        if (slots$1$h1_hit) begin
            h_d_mem = 1'b1;
        end
        if (slots$1$h2_hit) begin
            h_if = 1'b1;
        end
        slots$2$clock = clock;
        slots$2$reset = reset;
        slots$2$sel_id = vmsel_q$q;
        slots$2$addr = spr$addr;
        slots$2$we = spr$we & is_grp;
        slots$2$wdata = spr$wdata;
        slots$2$run_id = vmid_q$q;
        slots$2$saved = seq$q == SeqState$ExitDone;
        slots$2$h0 = d_ex$pa & ~k_uncached;
        slots$2$h1 = d_mem$pa & ~k_uncached;
        slots$2$h2 = ifetch$pa & ~k_uncached;
        if (is_grp) begin
            spr$rdata = spr$rdata | slots$2$rdata;
        end
        if (slots$2$running & slots$2$fresh) begin
            fresh = 1'b1;
        end
        if (enter_vmid == slot_id$2) begin
            state_of_enter = slots$2$state;
        end
        if (slots$2$h0_hit) begin
            h_d_ex = 1'b1;
        end
        if (slots$2$h1_hit) begin
            h_d_mem = 1'b1;
        end
        if (slots$2$h2_hit) begin
            h_if = 1'b1;
        end
        slots$3$clock = clock;
        slots$3$reset = reset;
        slots$3$sel_id = vmsel_q$q;
        slots$3$addr = spr$addr;
        slots$3$we = spr$we & is_grp;
        slots$3$wdata = spr$wdata;
        slots$3$run_id = vmid_q$q;
        slots$3$saved = seq$q == SeqState$ExitDone;
        slots$3$h0 = d_ex$pa & ~k_uncached;
        slots$3$h1 = d_mem$pa & ~k_uncached;
        slots$3$h2 = ifetch$pa & ~k_uncached;
        if (is_grp) begin
            spr$rdata = spr$rdata | slots$3$rdata;
        end
        if (slots$3$running & slots$3$fresh) begin
            fresh = 1'b1;
        end
        if (enter_vmid == slot_id$3) begin
            state_of_enter = slots$3$state;
        end
        if (slots$3$h0_hit) begin
            h_d_ex = 1'b1;
        end
        if (slots$3$h1_hit) begin
            h_d_mem = 1'b1;
        end
        if (slots$3$h2_hit) begin
            h_if = 1'b1;
        end
        slots$4$clock = clock;
        slots$4$reset = reset;
        slots$4$sel_id = vmsel_q$q;
        slots$4$addr = spr$addr;
        slots$4$we = spr$we & is_grp;
        slots$4$wdata = spr$wdata;
        slots$4$run_id = vmid_q$q;
        slots$4$saved = seq$q == SeqState$ExitDone;
        slots$4$h0 = d_ex$pa & ~k_uncached;
        slots$4$h1 = d_mem$pa & ~k_uncached;
        slots$4$h2 = ifetch$pa & ~k_uncached;
        if (is_grp) begin
            spr$rdata = spr$rdata | slots$4$rdata;
        end
        if (slots$4$running & slots$4$fresh) begin
            fresh = 1'b1;
        end
        if (enter_vmid == slot_id$4) begin
            state_of_enter = slots$4$state;
        end
        if (slots$4$h0_hit) begin
            h_d_ex = 1'b1;
        end
        if (slots$4$h1_hit) begin
            h_d_mem = 1'b1;
        end
        if (slots$4$h2_hit) begin
            h_if = 1'b1;
        end
        slots$5$clock = clock;
        slots$5$reset = reset;
        slots$5$sel_id = vmsel_q$q;
        slots$5$addr = spr$addr;
        slots$5$we = spr$we & is_grp;
        slots$5$wdata = spr$wdata;
        slots$5$run_id = vmid_q$q;
        slots$5$saved = seq$q == SeqState$ExitDone;
        slots$5$h0 = d_ex$pa & ~k_uncached;
        slots$5$h1 = d_mem$pa & ~k_uncached;
        slots$5$h2 = ifetch$pa & ~k_uncached;
        if (is_grp) begin
            spr$rdata = spr$rdata | slots$5$rdata;
        end
        if (slots$5$running & slots$5$fresh) begin
            fresh = 1'b1;
        end
        if (enter_vmid == slot_id$5) begin
            state_of_enter = slots$5$state;
        end
        if (slots$5$h0_hit) begin
            h_d_ex = 1'b1;
        end
        if (slots$5$h1_hit) begin
            h_d_mem = 1'b1;
        end
        if (slots$5$h2_hit) begin
            h_if = 1'b1;
        end
        slots$6$clock = clock;
        slots$6$reset = reset;
        slots$6$sel_id = vmsel_q$q;
        slots$6$addr = spr$addr;
        slots$6$we = spr$we & is_grp;
        slots$6$wdata = spr$wdata;
        slots$6$run_id = vmid_q$q;
        slots$6$saved = seq$q == SeqState$ExitDone;
        slots$6$h0 = d_ex$pa & ~k_uncached;
        slots$6$h1 = d_mem$pa & ~k_uncached;
        slots$6$h2 = ifetch$pa & ~k_uncached;
        if (is_grp) begin
            spr$rdata = spr$rdata | slots$6$rdata;
        end
        if (slots$6$running & slots$6$fresh) begin
            fresh = 1'b1;
        end
        if (enter_vmid == slot_id$6) begin
            state_of_enter = slots$6$state;
        end
        if (slots$6$h0_hit) begin
            h_d_ex = 1'b1;
        end
        if (slots$6$h1_hit) begin
            h_d_mem = 1'b1;
        end
        if (slots$6$h2_hit) begin
            h_if = 1'b1;
        end
        enter_code = 32'h0;
        if (state_of_enter == 32'h1) begin
            enter_code = k_err_unlaunched;
        end
        if (state_of_enter == 32'h0) begin
            enter_code = k_err_free;
        end
        if (~|enter_vmid | (enter_vmid > k_slots)) begin
            enter_code = k_err_vmid;
        end
        g_hit = 1'b0;
        g_hpa = 32'h0;
        g_hit_m = 1'b0;
        g_hpa_m = 32'h0;
        g_hit_i = 1'b0;
        g_hpa_i = 32'h0;
        live$0$clock = clock;
        live$0$reset = reset;
        live$0$owned = 1'b0;
        live$0$h0 = 32'h0;
        live$0$h1 = 32'h0;
        live$0$h2 = 32'h0;
        live$0$wdata = spr$rdata;
        live$0$we_gpa = (seq$q == SeqState$Enter) & (cnt$q == cp_gpa$0);
        live$0$we_size = (seq$q == SeqState$Enter) & (cnt$q == cp_size$0);
        live$0$we_hpa = (seq$q == SeqState$Enter) & (cnt$q == cp_hpa$0);
        if (live$0$valid & ((d_ex$pa & live$0$mask) == live$0$gpa)) begin
            g_hit = 1'b1;
            g_hpa = live$0$hpa | (d_ex$pa & ~live$0$mask);
        end
        if (live$0$valid & ((d_mem$pa & live$0$mask) == live$0$gpa)) begin
            g_hit_m = 1'b1;
            g_hpa_m = live$0$hpa | (d_mem$pa & ~live$0$mask);
        end
        if (live$0$valid & ((ifetch$pa & live$0$mask) == live$0$gpa)) begin
            g_hit_i = 1'b1;
            g_hpa_i = live$0$hpa | (ifetch$pa & ~live$0$mask);
        end
        live$1$clock = clock;
        live$1$reset = reset;
        live$1$owned = 1'b0;
        live$1$h0 = 32'h0;
        live$1$h1 = 32'h0;
        live$1$h2 = 32'h0;
        live$1$wdata = spr$rdata;
        live$1$we_gpa = (seq$q == SeqState$Enter) & (cnt$q == cp_gpa$1);
        live$1$we_size = (seq$q == SeqState$Enter) & (cnt$q == cp_size$1);
        live$1$we_hpa = (seq$q == SeqState$Enter) & (cnt$q == cp_hpa$1);
        if (live$1$valid & ((d_ex$pa & live$1$mask) == live$1$gpa)) begin
            g_hit = 1'b1;
            g_hpa = live$1$hpa | (d_ex$pa & ~live$1$mask);
        end
        if (live$1$valid & ((d_mem$pa & live$1$mask) == live$1$gpa)) begin
            g_hit_m = 1'b1;
            g_hpa_m = live$1$hpa | (d_mem$pa & ~live$1$mask);
        end
        if (live$1$valid & ((ifetch$pa & live$1$mask) == live$1$gpa)) begin
            g_hit_i = 1'b1;
            g_hpa_i = live$1$hpa | (ifetch$pa & ~live$1$mask);
        end
        live$2$clock = clock;
        live$2$reset = reset;
        live$2$owned = 1'b0;
        live$2$h0 = 32'h0;
        live$2$h1 = 32'h0;
        live$2$h2 = 32'h0;
        live$2$wdata = spr$rdata;
        live$2$we_gpa = (seq$q == SeqState$Enter) & (cnt$q == cp_gpa$2);
        live$2$we_size = (seq$q == SeqState$Enter) & (cnt$q == cp_size$2);
        live$2$we_hpa = (seq$q == SeqState$Enter) & (cnt$q == cp_hpa$2);
        if (live$2$valid & ((d_ex$pa & live$2$mask) == live$2$gpa)) begin
            g_hit = 1'b1;
            g_hpa = live$2$hpa | (d_ex$pa & ~live$2$mask);
        end
        if (live$2$valid & ((d_mem$pa & live$2$mask) == live$2$gpa)) begin
            g_hit_m = 1'b1;
            g_hpa_m = live$2$hpa | (d_mem$pa & ~live$2$mask);
        end
        if (live$2$valid & ((ifetch$pa & live$2$mask) == live$2$gpa)) begin
            g_hit_i = 1'b1;
            g_hpa_i = live$2$hpa | (ifetch$pa & ~live$2$mask);
        end
        live$3$clock = clock;
        live$3$reset = reset;
        live$3$owned = 1'b0;
        live$3$h0 = 32'h0;
        live$3$h1 = 32'h0;
        live$3$h2 = 32'h0;
        live$3$wdata = spr$rdata;
        live$3$we_gpa = (seq$q == SeqState$Enter) & (cnt$q == cp_gpa$3);
        live$3$we_size = (seq$q == SeqState$Enter) & (cnt$q == cp_size$3);
        live$3$we_hpa = (seq$q == SeqState$Enter) & (cnt$q == cp_hpa$3);
        if (live$3$valid & ((d_ex$pa & live$3$mask) == live$3$gpa)) begin
            g_hit = 1'b1;
            g_hpa = live$3$hpa | (d_ex$pa & ~live$3$mask);
        end
        if (live$3$valid & ((d_mem$pa & live$3$mask) == live$3$gpa)) begin
            g_hit_m = 1'b1;
            g_hpa_m = live$3$hpa | (d_mem$pa & ~live$3$mask);
        end
        if (live$3$valid & ((ifetch$pa & live$3$mask) == live$3$gpa)) begin
            g_hit_i = 1'b1;
            g_hpa_i = live$3$hpa | (ifetch$pa & ~live$3$mask);
        end
        d_ex$hpa = d_ex$pa;
        d_mem$hpa = d_mem$pa;
        ifetch$hpa = ifetch$pa;
        d_ex$vmexit = 1'b0;
        d_mem$vmexit = 1'b0;
        ifetch$vmexit = 1'b0;
        d_ex$blocked = host & h_d_ex;
        d_mem$blocked = host & h_d_mem;
        ifetch$blocked = host & h_if;
        if (guest) begin
            d_ex$hpa = g_hpa;
            d_mem$hpa = g_hpa_m;
            ifetch$hpa = g_hpa_i;
            d_ex$vmexit = ~g_hit;
            d_mem$vmexit = ~g_hit_m;
            ifetch$vmexit = ~g_hit_i;
        end
        if (smc) begin
            smepcr_q$d = pc + 32'h4;
            smesr_q$d = caller_sr;
            smevmcr_q$d = vmcr_q$q;
            vmcr_q$d = k_monitor;
        end
        if (smret) begin
            vmcr_q$d = smevmcr_q$q;
        end
        tlb_flush = enter | exit;
        if (enter) begin
            vmid_q$d = enter_vmid;
            answer_q$d = enter_answer;
            host_sr_q$d = sr;
            host_eear_q$d = eear;
            host_pc_q$d = pc;
            vmcr_q$d = k_guest | ((enter_vmid << 32'h4) & k_vmid_mask);
            seq$d = SeqState$Enter;
            cnt$d = 32'h0;
        end
        if (exit) begin
            cause_q$d = exit_cause | (vmid_q$q << 32'h8);
            info$0$d = exit_info0;
            info$1$d = exit_info1;
            info$2$d = 32'h0;
            info$3$d = 32'h0;
            info$4$d = 32'h0;
            info$5$d = 32'h0;
            l$0$d = exit_pc;
            l$1$d = sr;
            l$2$d = epcr;
            l$3$d = eear;
            l$4$d = esr;
            l$5$d = maclo;
            l$6$d = machi;
            l$7$d = ttmr;
            l$8$d = ttcr;
            l$9$d = 32'h0;
            if (exit_cause == k_vmcall) begin
                l$9$d = 32'h1;
            end
            vmcr_q$d = 32'h0;
            seq$d = SeqState$Exit;
            cnt$d = 32'h0;
        end
        busy = seq$q != SeqState$Idle;
        exit_done = seq$q == SeqState$ExitDone;
        enter_done = seq$q == SeqState$EnterDone;
        rf_raddr = cnt$q[(32'h0)+:(5)];
        rf_we = 1'b0;
        rf_waddr = cnt$q[(32'h0)+:(5)];
        rf_wdata = 32'h0;
        store$write_enable = 1'b0;
        store$write_address = slot_base | ((cnt$q) & 9'h1ff);
        store$write_data = rf_rdata;
        word = cnt$q - 32'ha;
        if (cnt$q < 32'ha) begin
            word = cnt$q + 32'h20;
        end
        store$read_address = slot_base | ((word) & 9'h1ff);
        rd_data = store$read_data;
        if (fresh) begin
            rd_data = 32'h0;
            if (rd_word$q == w_latch$0) begin
                rd_data = k_vec_reset;
            end
            if (rd_word$q == w_latch$1) begin
                rd_data = k_sr_reset;
            end
        end
        rd_word$d = word;
        case (seq$q)
            SeqState$Idle:
                begin
                end
            SeqState$Exit:
                begin
                    store$write_enable = 1'b1;
                    if (cnt$q < 32'h20) begin
                        rf_we = |cnt$q;
                    end
                    else begin
                        if (cnt$q == w_latch$0) begin
                            store$write_data = l$0$q;
                        end
                        if (cnt$q == w_latch$1) begin
                            store$write_data = l$1$q;
                        end
                        if (cnt$q == w_latch$2) begin
                            store$write_data = l$2$q;
                        end
                        if (cnt$q == w_latch$3) begin
                            store$write_data = l$3$q;
                        end
                        if (cnt$q == w_latch$4) begin
                            store$write_data = l$4$q;
                        end
                        if (cnt$q == w_latch$5) begin
                            store$write_data = l$5$q;
                        end
                        if (cnt$q == w_latch$6) begin
                            store$write_data = l$6$q;
                        end
                        if (cnt$q == w_latch$7) begin
                            store$write_data = l$7$q;
                        end
                        if (cnt$q == w_latch$8) begin
                            store$write_data = l$8$q;
                        end
                        if (cnt$q == w_latch$9) begin
                            store$write_data = l$9$q;
                        end
                    end
                    if (cause_q$q[(32'h0)+:(8)] == k_vmcall[(32'h0)+:(8)]) begin
                        if (cnt$q == info_gpr$0) begin
                            info$0$d = rf_rdata;
                        end
                        if (cnt$q == info_gpr$1) begin
                            info$1$d = rf_rdata;
                        end
                        if (cnt$q == info_gpr$2) begin
                            info$2$d = rf_rdata;
                        end
                        if (cnt$q == info_gpr$3) begin
                            info$3$d = rf_rdata;
                        end
                        if (cnt$q == info_gpr$4) begin
                            info$4$d = rf_rdata;
                        end
                        if (cnt$q == info_gpr$5) begin
                            info$5$d = rf_rdata;
                        end
                    end
                    if ((cause_q$q[(32'h0)+:(8)] == k_halt[(32'h0)+:(8)]) & (cnt$q == info_gpr$0)) begin
                        info$0$d = rf_rdata;
                    end
                    cnt$d = cnt$q + 32'h1;
                    if (cnt$q == k_last) begin
                        seq$d = SeqState$ExitDone;
                    end
                end
            SeqState$Enter:
                begin
                    if (|cnt$q) begin
                        if (rd_word$q >= 32'h20) begin
                            if (rd_word$q == w_latch$0) begin
                                l$0$d = rd_data;
                            end
                            if (rd_word$q == w_latch$1) begin
                                l$1$d = rd_data;
                            end
                            if (rd_word$q == w_latch$2) begin
                                l$2$d = rd_data;
                            end
                            if (rd_word$q == w_latch$3) begin
                                l$3$d = rd_data;
                            end
                            if (rd_word$q == w_latch$4) begin
                                l$4$d = rd_data;
                            end
                            if (rd_word$q == w_latch$5) begin
                                l$5$d = rd_data;
                            end
                            if (rd_word$q == w_latch$6) begin
                                l$6$d = rd_data;
                            end
                            if (rd_word$q == w_latch$7) begin
                                l$7$d = rd_data;
                            end
                            if (rd_word$q == w_latch$8) begin
                                l$8$d = rd_data;
                            end
                            if (rd_word$q == w_latch$9) begin
                                l$9$d = rd_data;
                            end
                        end
                        else begin
                            rf_we = 1'b1;
                            rf_waddr = rd_word$q[(32'h0)+:(5)];
                            rf_wdata = rd_data;
                            if ((rd_word$q == 32'hb) & l$9$q[32'h0]) begin
                                rf_wdata = answer_q$q;
                            end
                        end
                    end
                    cnt$d = cnt$q + 32'h1;
                    if (cnt$q == k_last_enter) begin
                        seq$d = SeqState$EnterDone;
                    end
                end
            SeqState$ExitDone:
                begin
                    seq$d = SeqState$Idle;
                end
            SeqState$EnterDone:
                begin
                    seq$d = SeqState$Idle;
                end
        endcase
        if (seq$q == SeqState$Enter) begin
            slots$0$sel_id = vmid_q$q;
            slots$1$sel_id = vmid_q$q;
            slots$2$sel_id = vmid_q$q;
            slots$3$sel_id = vmid_q$q;
            slots$4$sel_id = vmid_q$q;
            slots$5$sel_id = vmid_q$q;
            slots$6$sel_id = vmid_q$q;
            if (cnt$q == cp_gpa$0) begin
                slots$0$addr = rg_gpa$0;
                slots$1$addr = rg_gpa$0;
                slots$2$addr = rg_gpa$0;
                slots$3$addr = rg_gpa$0;
                slots$4$addr = rg_gpa$0;
                slots$5$addr = rg_gpa$0;
                slots$6$addr = rg_gpa$0;
            end
            if (cnt$q == cp_size$0) begin
                slots$0$addr = rg_size$0;
                slots$1$addr = rg_size$0;
                slots$2$addr = rg_size$0;
                slots$3$addr = rg_size$0;
                slots$4$addr = rg_size$0;
                slots$5$addr = rg_size$0;
                slots$6$addr = rg_size$0;
            end
            if (cnt$q == cp_hpa$0) begin
                slots$0$addr = rg_hpa$0;
                slots$1$addr = rg_hpa$0;
                slots$2$addr = rg_hpa$0;
                slots$3$addr = rg_hpa$0;
                slots$4$addr = rg_hpa$0;
                slots$5$addr = rg_hpa$0;
                slots$6$addr = rg_hpa$0;
            end
            if (cnt$q == cp_gpa$1) begin
                slots$0$addr = rg_gpa$1;
                slots$1$addr = rg_gpa$1;
                slots$2$addr = rg_gpa$1;
                slots$3$addr = rg_gpa$1;
                slots$4$addr = rg_gpa$1;
                slots$5$addr = rg_gpa$1;
                slots$6$addr = rg_gpa$1;
            end
            if (cnt$q == cp_size$1) begin
                slots$0$addr = rg_size$1;
                slots$1$addr = rg_size$1;
                slots$2$addr = rg_size$1;
                slots$3$addr = rg_size$1;
                slots$4$addr = rg_size$1;
                slots$5$addr = rg_size$1;
                slots$6$addr = rg_size$1;
            end
            if (cnt$q == cp_hpa$1) begin
                slots$0$addr = rg_hpa$1;
                slots$1$addr = rg_hpa$1;
                slots$2$addr = rg_hpa$1;
                slots$3$addr = rg_hpa$1;
                slots$4$addr = rg_hpa$1;
                slots$5$addr = rg_hpa$1;
                slots$6$addr = rg_hpa$1;
            end
            if (cnt$q == cp_gpa$2) begin
                slots$0$addr = rg_gpa$2;
                slots$1$addr = rg_gpa$2;
                slots$2$addr = rg_gpa$2;
                slots$3$addr = rg_gpa$2;
                slots$4$addr = rg_gpa$2;
                slots$5$addr = rg_gpa$2;
                slots$6$addr = rg_gpa$2;
            end
            if (cnt$q == cp_size$2) begin
                slots$0$addr = rg_size$2;
                slots$1$addr = rg_size$2;
                slots$2$addr = rg_size$2;
                slots$3$addr = rg_size$2;
                slots$4$addr = rg_size$2;
                slots$5$addr = rg_size$2;
                slots$6$addr = rg_size$2;
            end
            if (cnt$q == cp_hpa$2) begin
                slots$0$addr = rg_hpa$2;
                slots$1$addr = rg_hpa$2;
                slots$2$addr = rg_hpa$2;
                slots$3$addr = rg_hpa$2;
                slots$4$addr = rg_hpa$2;
                slots$5$addr = rg_hpa$2;
                slots$6$addr = rg_hpa$2;
            end
            if (cnt$q == cp_gpa$3) begin
                slots$0$addr = rg_gpa$3;
                slots$1$addr = rg_gpa$3;
                slots$2$addr = rg_gpa$3;
                slots$3$addr = rg_gpa$3;
                slots$4$addr = rg_gpa$3;
                slots$5$addr = rg_gpa$3;
                slots$6$addr = rg_gpa$3;
            end
            if (cnt$q == cp_size$3) begin
                slots$0$addr = rg_size$3;
                slots$1$addr = rg_size$3;
                slots$2$addr = rg_size$3;
                slots$3$addr = rg_size$3;
                slots$4$addr = rg_size$3;
                slots$5$addr = rg_size$3;
                slots$6$addr = rg_size$3;
            end
            if (cnt$q == cp_hpa$3) begin
                slots$0$addr = rg_hpa$3;
                slots$1$addr = rg_hpa$3;
                slots$2$addr = rg_hpa$3;
                slots$3$addr = rg_hpa$3;
                slots$4$addr = rg_hpa$3;
                slots$5$addr = rg_hpa$3;
                slots$6$addr = rg_hpa$3;
            end
        end
        if (reset) begin
            vmcr_q$d = 32'h0;
            if (k_enabled) begin
                vmcr_q$d = k_monitor;
            end
            smepcr_q$d = k_vec_reset;
            smesr_q$d = k_sr_reset;
            smevmcr_q$d = 32'h0;
            vmsel_q$d = 32'h0;
            cause_q$d = 32'h0;
            seq$d = SeqState$Idle;
            vmid_q$d = 32'h0;
        end
    end
    
endmodule // top$core$vm


module top$core$vm$answer_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$answer_q


module top$core$vm$cause_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$cause_q


module top$core$vm$cnt(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$cnt


module top$core$vm$host_eear_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$host_eear_q


module top$core$vm$host_pc_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$host_pc_q


module top$core$vm$host_sr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$host_sr_q


module top$core$vm$info$0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$info$0


module top$core$vm$info$1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$info$1


module top$core$vm$info$2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$info$2


module top$core$vm$info$3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$info$3


module top$core$vm$info$4(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$info$4


module top$core$vm$info$5(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$info$5


module top$core$vm$l$0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$0


module top$core$vm$l$1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$1


module top$core$vm$l$2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$2


module top$core$vm$l$3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$3


module top$core$vm$l$4(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$4


module top$core$vm$l$5(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$5


module top$core$vm$l$6(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$6


module top$core$vm$l$7(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$7


module top$core$vm$l$8(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$8


module top$core$vm$l$9(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$l$9


module top$core$vm$live$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$live$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$live$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$live$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$live$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$live$0


module top$core$vm$live$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$0$gpa_q


module top$core$vm$live$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$0$hpa_q


module top$core$vm$live$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$0$mask_q


module top$core$vm$live$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$0$valid_q


module top$core$vm$live$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$live$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$live$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$live$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$live$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$live$1


module top$core$vm$live$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$1$gpa_q


module top$core$vm$live$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$1$hpa_q


module top$core$vm$live$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$1$mask_q


module top$core$vm$live$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$1$valid_q


module top$core$vm$live$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$live$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$live$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$live$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$live$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$live$2


module top$core$vm$live$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$2$gpa_q


module top$core$vm$live$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$2$hpa_q


module top$core$vm$live$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$2$mask_q


module top$core$vm$live$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$2$valid_q


module top$core$vm$live$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$live$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$live$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$live$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$live$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$live$3


module top$core$vm$live$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$3$gpa_q


module top$core$vm$live$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$3$hpa_q


module top$core$vm$live$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$3$mask_q


module top$core$vm$live$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$live$3$valid_q


module top$core$vm$rd_word(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$rd_word


module top$core$vm$seq(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam SeqState$Idle = 0;
    localparam SeqState$Exit = 1;
    localparam SeqState$Enter = 2;
    localparam SeqState$ExitDone = 3;
    localparam SeqState$EnterDone = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$seq


module top$core$vm$slots$0(clock,reset,sel_id,addr,we,wdata,rdata,state,run_id,saved,running,fresh,h0,h1,h2,h0_hit,h1_hit,h2_hit);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] sel_id;
    input wire  [31:0] addr;
    input wire  we;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [1:0] state;
    input wire  [31:0] run_id;
    input wire  saved;
    output reg  running;
    output reg  fresh;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    
    // Constant declarations
    localparam  id = 32'h1;
    localparam  k_vmstate = 32'hc021;
    localparam  k_free = 32'h0;
    localparam  k_created = 32'h1;
    localparam  k_launched = 32'h2;
    localparam  rgn_gpa$0 = 32'hc030;
    localparam  rgn_gpa$1 = 32'hc034;
    localparam  rgn_gpa$2 = 32'hc038;
    localparam  rgn_gpa$3 = 32'hc03c;
    localparam  rgn_size$0 = 32'hc031;
    localparam  rgn_size$1 = 32'hc035;
    localparam  rgn_size$2 = 32'hc039;
    localparam  rgn_size$3 = 32'hc03d;
    localparam  rgn_hpa$0 = 32'hc032;
    localparam  rgn_hpa$1 = 32'hc036;
    localparam  rgn_hpa$2 = 32'hc03a;
    localparam  rgn_hpa$3 = 32'hc03e;
    
    // Stub signals
    reg  regions$0$clock;
    reg  regions$0$reset;
    reg  regions$0$we_gpa;
    reg  regions$0$we_size;
    reg  regions$0$we_hpa;
    reg  [31:0] regions$0$wdata;
    reg  regions$0$owned;
    reg  [31:0] regions$0$h0;
    reg  [31:0] regions$0$h1;
    reg  [31:0] regions$0$h2;
    wire  regions$0$h0_hit;
    wire  regions$0$h1_hit;
    wire  regions$0$h2_hit;
    wire  regions$0$valid;
    wire  [31:0] regions$0$mask;
    wire  [31:0] regions$0$gpa;
    wire  [31:0] regions$0$hpa;
    wire  [31:0] regions$0$size;
    reg  regions$1$clock;
    reg  regions$1$reset;
    reg  regions$1$we_gpa;
    reg  regions$1$we_size;
    reg  regions$1$we_hpa;
    reg  [31:0] regions$1$wdata;
    reg  regions$1$owned;
    reg  [31:0] regions$1$h0;
    reg  [31:0] regions$1$h1;
    reg  [31:0] regions$1$h2;
    wire  regions$1$h0_hit;
    wire  regions$1$h1_hit;
    wire  regions$1$h2_hit;
    wire  regions$1$valid;
    wire  [31:0] regions$1$mask;
    wire  [31:0] regions$1$gpa;
    wire  [31:0] regions$1$hpa;
    wire  [31:0] regions$1$size;
    reg  regions$2$clock;
    reg  regions$2$reset;
    reg  regions$2$we_gpa;
    reg  regions$2$we_size;
    reg  regions$2$we_hpa;
    reg  [31:0] regions$2$wdata;
    reg  regions$2$owned;
    reg  [31:0] regions$2$h0;
    reg  [31:0] regions$2$h1;
    reg  [31:0] regions$2$h2;
    wire  regions$2$h0_hit;
    wire  regions$2$h1_hit;
    wire  regions$2$h2_hit;
    wire  regions$2$valid;
    wire  [31:0] regions$2$mask;
    wire  [31:0] regions$2$gpa;
    wire  [31:0] regions$2$hpa;
    wire  [31:0] regions$2$size;
    reg  regions$3$clock;
    reg  regions$3$reset;
    reg  regions$3$we_gpa;
    reg  regions$3$we_size;
    reg  regions$3$we_hpa;
    reg  [31:0] regions$3$wdata;
    reg  regions$3$owned;
    reg  [31:0] regions$3$h0;
    reg  [31:0] regions$3$h1;
    reg  [31:0] regions$3$h2;
    wire  regions$3$h0_hit;
    wire  regions$3$h1_hit;
    wire  regions$3$h2_hit;
    wire  regions$3$valid;
    wire  [31:0] regions$3$mask;
    wire  [31:0] regions$3$gpa;
    wire  [31:0] regions$3$hpa;
    wire  [31:0] regions$3$size;
    reg  [1:0] state_q$d;
    wire  [1:0] state_q$q;
    reg  state_q$clock;
    reg  fresh_q$d;
    wire  fresh_q$q;
    reg  fresh_q$clock;
    
    // Local signals
    reg  is_sel;
    reg  is_state;
    
    // Sub module instances
    top$core$vm$slots$0$regions$0 regions$0(
        .clock(regions$0$clock),
        .reset(regions$0$reset),
        .we_gpa(regions$0$we_gpa),
        .we_size(regions$0$we_size),
        .we_hpa(regions$0$we_hpa),
        .wdata(regions$0$wdata),
        .owned(regions$0$owned),
        .h0(regions$0$h0),
        .h1(regions$0$h1),
        .h2(regions$0$h2),
        .h0_hit(regions$0$h0_hit),
        .h1_hit(regions$0$h1_hit),
        .h2_hit(regions$0$h2_hit),
        .valid(regions$0$valid),
        .mask(regions$0$mask),
        .gpa(regions$0$gpa),
        .hpa(regions$0$hpa),
        .size(regions$0$size)
    );
    top$core$vm$slots$0$regions$1 regions$1(
        .clock(regions$1$clock),
        .reset(regions$1$reset),
        .we_gpa(regions$1$we_gpa),
        .we_size(regions$1$we_size),
        .we_hpa(regions$1$we_hpa),
        .wdata(regions$1$wdata),
        .owned(regions$1$owned),
        .h0(regions$1$h0),
        .h1(regions$1$h1),
        .h2(regions$1$h2),
        .h0_hit(regions$1$h0_hit),
        .h1_hit(regions$1$h1_hit),
        .h2_hit(regions$1$h2_hit),
        .valid(regions$1$valid),
        .mask(regions$1$mask),
        .gpa(regions$1$gpa),
        .hpa(regions$1$hpa),
        .size(regions$1$size)
    );
    top$core$vm$slots$0$regions$2 regions$2(
        .clock(regions$2$clock),
        .reset(regions$2$reset),
        .we_gpa(regions$2$we_gpa),
        .we_size(regions$2$we_size),
        .we_hpa(regions$2$we_hpa),
        .wdata(regions$2$wdata),
        .owned(regions$2$owned),
        .h0(regions$2$h0),
        .h1(regions$2$h1),
        .h2(regions$2$h2),
        .h0_hit(regions$2$h0_hit),
        .h1_hit(regions$2$h1_hit),
        .h2_hit(regions$2$h2_hit),
        .valid(regions$2$valid),
        .mask(regions$2$mask),
        .gpa(regions$2$gpa),
        .hpa(regions$2$hpa),
        .size(regions$2$size)
    );
    top$core$vm$slots$0$regions$3 regions$3(
        .clock(regions$3$clock),
        .reset(regions$3$reset),
        .we_gpa(regions$3$we_gpa),
        .we_size(regions$3$we_size),
        .we_hpa(regions$3$we_hpa),
        .wdata(regions$3$wdata),
        .owned(regions$3$owned),
        .h0(regions$3$h0),
        .h1(regions$3$h1),
        .h2(regions$3$h2),
        .h0_hit(regions$3$h0_hit),
        .h1_hit(regions$3$h1_hit),
        .h2_hit(regions$3$h2_hit),
        .valid(regions$3$valid),
        .mask(regions$3$mask),
        .gpa(regions$3$gpa),
        .hpa(regions$3$hpa),
        .size(regions$3$size)
    );
    top$core$vm$slots$0$state_q state_q(
        .d(state_q$d),
        .q(state_q$q),
        .clock(state_q$clock)
    );
    top$core$vm$slots$0$fresh_q fresh_q(
        .d(fresh_q$d),
        .q(fresh_q$q),
        .clock(fresh_q$clock)
    );
    
    // Update code
    always @(*) begin
        state_q$clock = clock;
        fresh_q$clock = clock;
        state_q$d = state_q$q;
        fresh_q$d = fresh_q$q;
        is_sel = sel_id == id;
        is_state = is_sel & (addr == k_vmstate);
        running = run_id == id;
        if (we & is_state) begin
            if ((wdata == k_free) | (wdata == k_created)) begin
                state_q$d = wdata[(32'h0)+:(2)];
                fresh_q$d = 1'b1;
            end
            if (wdata == k_launched) begin
                state_q$d = wdata[(32'h0)+:(2)];
            end
        end
        if (saved & running) begin
            fresh_q$d = 1'b0;
        end
        if (reset) begin
            state_q$d = 32'h0;
            fresh_q$d = 1'b1;
        end
        state = state_q$q;
        fresh = fresh_q$q;
        rdata = 32'h0;
        if (is_state) begin
            rdata = ((state_q$q) & 32'hffffffff);
        end
        h0_hit = 1'b0;
        h1_hit = 1'b0;
        h2_hit = 1'b0;
        regions$0$clock = clock;
        regions$0$reset = reset;
        regions$0$wdata = wdata;
        regions$0$owned = |state_q$q;
        regions$0$h0 = h0;
        regions$0$h1 = h1;
        regions$0$h2 = h2;
        regions$0$we_gpa = we & is_sel & (addr == rgn_gpa$0);
        regions$0$we_size = we & is_sel & (addr == rgn_size$0);
        regions$0$we_hpa = we & is_sel & (addr == rgn_hpa$0);
        if (is_sel & (addr == rgn_gpa$0)) begin
            rdata = regions$0$gpa;
        end
        if (is_sel & (addr == rgn_size$0)) begin
            rdata = regions$0$size;
        end
        if (is_sel & (addr == rgn_hpa$0)) begin
            rdata = regions$0$hpa;
        end
        if (regions$0$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$0$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$0$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$1$clock = clock;
        regions$1$reset = reset;
        regions$1$wdata = wdata;
        regions$1$owned = |state_q$q;
        regions$1$h0 = h0;
        regions$1$h1 = h1;
        regions$1$h2 = h2;
        regions$1$we_gpa = we & is_sel & (addr == rgn_gpa$1);
        regions$1$we_size = we & is_sel & (addr == rgn_size$1);
        regions$1$we_hpa = we & is_sel & (addr == rgn_hpa$1);
        if (is_sel & (addr == rgn_gpa$1)) begin
            rdata = regions$1$gpa;
        end
        if (is_sel & (addr == rgn_size$1)) begin
            rdata = regions$1$size;
        end
        if (is_sel & (addr == rgn_hpa$1)) begin
            rdata = regions$1$hpa;
        end
        if (regions$1$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$1$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$1$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$2$clock = clock;
        regions$2$reset = reset;
        regions$2$wdata = wdata;
        regions$2$owned = |state_q$q;
        regions$2$h0 = h0;
        regions$2$h1 = h1;
        regions$2$h2 = h2;
        regions$2$we_gpa = we & is_sel & (addr == rgn_gpa$2);
        regions$2$we_size = we & is_sel & (addr == rgn_size$2);
        regions$2$we_hpa = we & is_sel & (addr == rgn_hpa$2);
        if (is_sel & (addr == rgn_gpa$2)) begin
            rdata = regions$2$gpa;
        end
        if (is_sel & (addr == rgn_size$2)) begin
            rdata = regions$2$size;
        end
        if (is_sel & (addr == rgn_hpa$2)) begin
            rdata = regions$2$hpa;
        end
        if (regions$2$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$2$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$2$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$3$clock = clock;
        regions$3$reset = reset;
        regions$3$wdata = wdata;
        regions$3$owned = |state_q$q;
        regions$3$h0 = h0;
        regions$3$h1 = h1;
        regions$3$h2 = h2;
        regions$3$we_gpa = we & is_sel & (addr == rgn_gpa$3);
        regions$3$we_size = we & is_sel & (addr == rgn_size$3);
        regions$3$we_hpa = we & is_sel & (addr == rgn_hpa$3);
        if (is_sel & (addr == rgn_gpa$3)) begin
            rdata = regions$3$gpa;
        end
        if (is_sel & (addr == rgn_size$3)) begin
            rdata = regions$3$size;
        end
        if (is_sel & (addr == rgn_hpa$3)) begin
            rdata = regions$3$hpa;
        end
        if (regions$3$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$3$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$3$h2_hit) begin
            h2_hit = 1'b1;
        end
    end
    
endmodule // top$core$vm$slots$0


module top$core$vm$slots$0$fresh_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$fresh_q


module top$core$vm$slots$0$regions$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$0$regions$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$0$regions$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$0$regions$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$0$regions$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$0$regions$0


module top$core$vm$slots$0$regions$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$0$gpa_q


module top$core$vm$slots$0$regions$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$0$hpa_q


module top$core$vm$slots$0$regions$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$0$mask_q


module top$core$vm$slots$0$regions$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$0$valid_q


module top$core$vm$slots$0$regions$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$0$regions$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$0$regions$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$0$regions$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$0$regions$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$0$regions$1


module top$core$vm$slots$0$regions$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$1$gpa_q


module top$core$vm$slots$0$regions$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$1$hpa_q


module top$core$vm$slots$0$regions$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$1$mask_q


module top$core$vm$slots$0$regions$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$1$valid_q


module top$core$vm$slots$0$regions$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$0$regions$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$0$regions$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$0$regions$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$0$regions$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$0$regions$2


module top$core$vm$slots$0$regions$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$2$gpa_q


module top$core$vm$slots$0$regions$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$2$hpa_q


module top$core$vm$slots$0$regions$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$2$mask_q


module top$core$vm$slots$0$regions$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$2$valid_q


module top$core$vm$slots$0$regions$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$0$regions$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$0$regions$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$0$regions$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$0$regions$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$0$regions$3


module top$core$vm$slots$0$regions$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$3$gpa_q


module top$core$vm$slots$0$regions$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$3$hpa_q


module top$core$vm$slots$0$regions$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$3$mask_q


module top$core$vm$slots$0$regions$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$regions$3$valid_q


module top$core$vm$slots$0$state_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$0$state_q


module top$core$vm$slots$1(clock,reset,sel_id,addr,we,wdata,rdata,state,run_id,saved,running,fresh,h0,h1,h2,h0_hit,h1_hit,h2_hit);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] sel_id;
    input wire  [31:0] addr;
    input wire  we;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [1:0] state;
    input wire  [31:0] run_id;
    input wire  saved;
    output reg  running;
    output reg  fresh;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    
    // Constant declarations
    localparam  id = 32'h2;
    localparam  k_vmstate = 32'hc021;
    localparam  k_free = 32'h0;
    localparam  k_created = 32'h1;
    localparam  k_launched = 32'h2;
    localparam  rgn_gpa$0 = 32'hc030;
    localparam  rgn_gpa$1 = 32'hc034;
    localparam  rgn_gpa$2 = 32'hc038;
    localparam  rgn_gpa$3 = 32'hc03c;
    localparam  rgn_size$0 = 32'hc031;
    localparam  rgn_size$1 = 32'hc035;
    localparam  rgn_size$2 = 32'hc039;
    localparam  rgn_size$3 = 32'hc03d;
    localparam  rgn_hpa$0 = 32'hc032;
    localparam  rgn_hpa$1 = 32'hc036;
    localparam  rgn_hpa$2 = 32'hc03a;
    localparam  rgn_hpa$3 = 32'hc03e;
    
    // Stub signals
    reg  regions$0$clock;
    reg  regions$0$reset;
    reg  regions$0$we_gpa;
    reg  regions$0$we_size;
    reg  regions$0$we_hpa;
    reg  [31:0] regions$0$wdata;
    reg  regions$0$owned;
    reg  [31:0] regions$0$h0;
    reg  [31:0] regions$0$h1;
    reg  [31:0] regions$0$h2;
    wire  regions$0$h0_hit;
    wire  regions$0$h1_hit;
    wire  regions$0$h2_hit;
    wire  regions$0$valid;
    wire  [31:0] regions$0$mask;
    wire  [31:0] regions$0$gpa;
    wire  [31:0] regions$0$hpa;
    wire  [31:0] regions$0$size;
    reg  regions$1$clock;
    reg  regions$1$reset;
    reg  regions$1$we_gpa;
    reg  regions$1$we_size;
    reg  regions$1$we_hpa;
    reg  [31:0] regions$1$wdata;
    reg  regions$1$owned;
    reg  [31:0] regions$1$h0;
    reg  [31:0] regions$1$h1;
    reg  [31:0] regions$1$h2;
    wire  regions$1$h0_hit;
    wire  regions$1$h1_hit;
    wire  regions$1$h2_hit;
    wire  regions$1$valid;
    wire  [31:0] regions$1$mask;
    wire  [31:0] regions$1$gpa;
    wire  [31:0] regions$1$hpa;
    wire  [31:0] regions$1$size;
    reg  regions$2$clock;
    reg  regions$2$reset;
    reg  regions$2$we_gpa;
    reg  regions$2$we_size;
    reg  regions$2$we_hpa;
    reg  [31:0] regions$2$wdata;
    reg  regions$2$owned;
    reg  [31:0] regions$2$h0;
    reg  [31:0] regions$2$h1;
    reg  [31:0] regions$2$h2;
    wire  regions$2$h0_hit;
    wire  regions$2$h1_hit;
    wire  regions$2$h2_hit;
    wire  regions$2$valid;
    wire  [31:0] regions$2$mask;
    wire  [31:0] regions$2$gpa;
    wire  [31:0] regions$2$hpa;
    wire  [31:0] regions$2$size;
    reg  regions$3$clock;
    reg  regions$3$reset;
    reg  regions$3$we_gpa;
    reg  regions$3$we_size;
    reg  regions$3$we_hpa;
    reg  [31:0] regions$3$wdata;
    reg  regions$3$owned;
    reg  [31:0] regions$3$h0;
    reg  [31:0] regions$3$h1;
    reg  [31:0] regions$3$h2;
    wire  regions$3$h0_hit;
    wire  regions$3$h1_hit;
    wire  regions$3$h2_hit;
    wire  regions$3$valid;
    wire  [31:0] regions$3$mask;
    wire  [31:0] regions$3$gpa;
    wire  [31:0] regions$3$hpa;
    wire  [31:0] regions$3$size;
    reg  [1:0] state_q$d;
    wire  [1:0] state_q$q;
    reg  state_q$clock;
    reg  fresh_q$d;
    wire  fresh_q$q;
    reg  fresh_q$clock;
    
    // Local signals
    reg  is_sel;
    reg  is_state;
    
    // Sub module instances
    top$core$vm$slots$1$regions$0 regions$0(
        .clock(regions$0$clock),
        .reset(regions$0$reset),
        .we_gpa(regions$0$we_gpa),
        .we_size(regions$0$we_size),
        .we_hpa(regions$0$we_hpa),
        .wdata(regions$0$wdata),
        .owned(regions$0$owned),
        .h0(regions$0$h0),
        .h1(regions$0$h1),
        .h2(regions$0$h2),
        .h0_hit(regions$0$h0_hit),
        .h1_hit(regions$0$h1_hit),
        .h2_hit(regions$0$h2_hit),
        .valid(regions$0$valid),
        .mask(regions$0$mask),
        .gpa(regions$0$gpa),
        .hpa(regions$0$hpa),
        .size(regions$0$size)
    );
    top$core$vm$slots$1$regions$1 regions$1(
        .clock(regions$1$clock),
        .reset(regions$1$reset),
        .we_gpa(regions$1$we_gpa),
        .we_size(regions$1$we_size),
        .we_hpa(regions$1$we_hpa),
        .wdata(regions$1$wdata),
        .owned(regions$1$owned),
        .h0(regions$1$h0),
        .h1(regions$1$h1),
        .h2(regions$1$h2),
        .h0_hit(regions$1$h0_hit),
        .h1_hit(regions$1$h1_hit),
        .h2_hit(regions$1$h2_hit),
        .valid(regions$1$valid),
        .mask(regions$1$mask),
        .gpa(regions$1$gpa),
        .hpa(regions$1$hpa),
        .size(regions$1$size)
    );
    top$core$vm$slots$1$regions$2 regions$2(
        .clock(regions$2$clock),
        .reset(regions$2$reset),
        .we_gpa(regions$2$we_gpa),
        .we_size(regions$2$we_size),
        .we_hpa(regions$2$we_hpa),
        .wdata(regions$2$wdata),
        .owned(regions$2$owned),
        .h0(regions$2$h0),
        .h1(regions$2$h1),
        .h2(regions$2$h2),
        .h0_hit(regions$2$h0_hit),
        .h1_hit(regions$2$h1_hit),
        .h2_hit(regions$2$h2_hit),
        .valid(regions$2$valid),
        .mask(regions$2$mask),
        .gpa(regions$2$gpa),
        .hpa(regions$2$hpa),
        .size(regions$2$size)
    );
    top$core$vm$slots$1$regions$3 regions$3(
        .clock(regions$3$clock),
        .reset(regions$3$reset),
        .we_gpa(regions$3$we_gpa),
        .we_size(regions$3$we_size),
        .we_hpa(regions$3$we_hpa),
        .wdata(regions$3$wdata),
        .owned(regions$3$owned),
        .h0(regions$3$h0),
        .h1(regions$3$h1),
        .h2(regions$3$h2),
        .h0_hit(regions$3$h0_hit),
        .h1_hit(regions$3$h1_hit),
        .h2_hit(regions$3$h2_hit),
        .valid(regions$3$valid),
        .mask(regions$3$mask),
        .gpa(regions$3$gpa),
        .hpa(regions$3$hpa),
        .size(regions$3$size)
    );
    top$core$vm$slots$1$state_q state_q(
        .d(state_q$d),
        .q(state_q$q),
        .clock(state_q$clock)
    );
    top$core$vm$slots$1$fresh_q fresh_q(
        .d(fresh_q$d),
        .q(fresh_q$q),
        .clock(fresh_q$clock)
    );
    
    // Update code
    always @(*) begin
        state_q$clock = clock;
        fresh_q$clock = clock;
        state_q$d = state_q$q;
        fresh_q$d = fresh_q$q;
        is_sel = sel_id == id;
        is_state = is_sel & (addr == k_vmstate);
        running = run_id == id;
        if (we & is_state) begin
            if ((wdata == k_free) | (wdata == k_created)) begin
                state_q$d = wdata[(32'h0)+:(2)];
                fresh_q$d = 1'b1;
            end
            if (wdata == k_launched) begin
                state_q$d = wdata[(32'h0)+:(2)];
            end
        end
        if (saved & running) begin
            fresh_q$d = 1'b0;
        end
        if (reset) begin
            state_q$d = 32'h0;
            fresh_q$d = 1'b1;
        end
        state = state_q$q;
        fresh = fresh_q$q;
        rdata = 32'h0;
        if (is_state) begin
            rdata = ((state_q$q) & 32'hffffffff);
        end
        h0_hit = 1'b0;
        h1_hit = 1'b0;
        h2_hit = 1'b0;
        regions$0$clock = clock;
        regions$0$reset = reset;
        regions$0$wdata = wdata;
        regions$0$owned = |state_q$q;
        regions$0$h0 = h0;
        regions$0$h1 = h1;
        regions$0$h2 = h2;
        regions$0$we_gpa = we & is_sel & (addr == rgn_gpa$0);
        regions$0$we_size = we & is_sel & (addr == rgn_size$0);
        regions$0$we_hpa = we & is_sel & (addr == rgn_hpa$0);
        if (is_sel & (addr == rgn_gpa$0)) begin
            rdata = regions$0$gpa;
        end
        if (is_sel & (addr == rgn_size$0)) begin
            rdata = regions$0$size;
        end
        if (is_sel & (addr == rgn_hpa$0)) begin
            rdata = regions$0$hpa;
        end
        if (regions$0$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$0$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$0$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$1$clock = clock;
        regions$1$reset = reset;
        regions$1$wdata = wdata;
        regions$1$owned = |state_q$q;
        regions$1$h0 = h0;
        regions$1$h1 = h1;
        regions$1$h2 = h2;
        regions$1$we_gpa = we & is_sel & (addr == rgn_gpa$1);
        regions$1$we_size = we & is_sel & (addr == rgn_size$1);
        regions$1$we_hpa = we & is_sel & (addr == rgn_hpa$1);
        if (is_sel & (addr == rgn_gpa$1)) begin
            rdata = regions$1$gpa;
        end
        if (is_sel & (addr == rgn_size$1)) begin
            rdata = regions$1$size;
        end
        if (is_sel & (addr == rgn_hpa$1)) begin
            rdata = regions$1$hpa;
        end
        if (regions$1$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$1$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$1$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$2$clock = clock;
        regions$2$reset = reset;
        regions$2$wdata = wdata;
        regions$2$owned = |state_q$q;
        regions$2$h0 = h0;
        regions$2$h1 = h1;
        regions$2$h2 = h2;
        regions$2$we_gpa = we & is_sel & (addr == rgn_gpa$2);
        regions$2$we_size = we & is_sel & (addr == rgn_size$2);
        regions$2$we_hpa = we & is_sel & (addr == rgn_hpa$2);
        if (is_sel & (addr == rgn_gpa$2)) begin
            rdata = regions$2$gpa;
        end
        if (is_sel & (addr == rgn_size$2)) begin
            rdata = regions$2$size;
        end
        if (is_sel & (addr == rgn_hpa$2)) begin
            rdata = regions$2$hpa;
        end
        if (regions$2$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$2$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$2$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$3$clock = clock;
        regions$3$reset = reset;
        regions$3$wdata = wdata;
        regions$3$owned = |state_q$q;
        regions$3$h0 = h0;
        regions$3$h1 = h1;
        regions$3$h2 = h2;
        regions$3$we_gpa = we & is_sel & (addr == rgn_gpa$3);
        regions$3$we_size = we & is_sel & (addr == rgn_size$3);
        regions$3$we_hpa = we & is_sel & (addr == rgn_hpa$3);
        if (is_sel & (addr == rgn_gpa$3)) begin
            rdata = regions$3$gpa;
        end
        if (is_sel & (addr == rgn_size$3)) begin
            rdata = regions$3$size;
        end
        if (is_sel & (addr == rgn_hpa$3)) begin
            rdata = regions$3$hpa;
        end
        if (regions$3$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$3$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$3$h2_hit) begin
            h2_hit = 1'b1;
        end
    end
    
endmodule // top$core$vm$slots$1


module top$core$vm$slots$1$fresh_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$fresh_q


module top$core$vm$slots$1$regions$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$1$regions$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$1$regions$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$1$regions$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$1$regions$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$1$regions$0


module top$core$vm$slots$1$regions$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$0$gpa_q


module top$core$vm$slots$1$regions$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$0$hpa_q


module top$core$vm$slots$1$regions$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$0$mask_q


module top$core$vm$slots$1$regions$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$0$valid_q


module top$core$vm$slots$1$regions$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$1$regions$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$1$regions$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$1$regions$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$1$regions$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$1$regions$1


module top$core$vm$slots$1$regions$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$1$gpa_q


module top$core$vm$slots$1$regions$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$1$hpa_q


module top$core$vm$slots$1$regions$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$1$mask_q


module top$core$vm$slots$1$regions$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$1$valid_q


module top$core$vm$slots$1$regions$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$1$regions$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$1$regions$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$1$regions$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$1$regions$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$1$regions$2


module top$core$vm$slots$1$regions$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$2$gpa_q


module top$core$vm$slots$1$regions$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$2$hpa_q


module top$core$vm$slots$1$regions$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$2$mask_q


module top$core$vm$slots$1$regions$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$2$valid_q


module top$core$vm$slots$1$regions$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$1$regions$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$1$regions$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$1$regions$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$1$regions$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$1$regions$3


module top$core$vm$slots$1$regions$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$3$gpa_q


module top$core$vm$slots$1$regions$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$3$hpa_q


module top$core$vm$slots$1$regions$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$3$mask_q


module top$core$vm$slots$1$regions$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$regions$3$valid_q


module top$core$vm$slots$1$state_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$1$state_q


module top$core$vm$slots$2(clock,reset,sel_id,addr,we,wdata,rdata,state,run_id,saved,running,fresh,h0,h1,h2,h0_hit,h1_hit,h2_hit);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] sel_id;
    input wire  [31:0] addr;
    input wire  we;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [1:0] state;
    input wire  [31:0] run_id;
    input wire  saved;
    output reg  running;
    output reg  fresh;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    
    // Constant declarations
    localparam  id = 32'h3;
    localparam  k_vmstate = 32'hc021;
    localparam  k_free = 32'h0;
    localparam  k_created = 32'h1;
    localparam  k_launched = 32'h2;
    localparam  rgn_gpa$0 = 32'hc030;
    localparam  rgn_gpa$1 = 32'hc034;
    localparam  rgn_gpa$2 = 32'hc038;
    localparam  rgn_gpa$3 = 32'hc03c;
    localparam  rgn_size$0 = 32'hc031;
    localparam  rgn_size$1 = 32'hc035;
    localparam  rgn_size$2 = 32'hc039;
    localparam  rgn_size$3 = 32'hc03d;
    localparam  rgn_hpa$0 = 32'hc032;
    localparam  rgn_hpa$1 = 32'hc036;
    localparam  rgn_hpa$2 = 32'hc03a;
    localparam  rgn_hpa$3 = 32'hc03e;
    
    // Stub signals
    reg  regions$0$clock;
    reg  regions$0$reset;
    reg  regions$0$we_gpa;
    reg  regions$0$we_size;
    reg  regions$0$we_hpa;
    reg  [31:0] regions$0$wdata;
    reg  regions$0$owned;
    reg  [31:0] regions$0$h0;
    reg  [31:0] regions$0$h1;
    reg  [31:0] regions$0$h2;
    wire  regions$0$h0_hit;
    wire  regions$0$h1_hit;
    wire  regions$0$h2_hit;
    wire  regions$0$valid;
    wire  [31:0] regions$0$mask;
    wire  [31:0] regions$0$gpa;
    wire  [31:0] regions$0$hpa;
    wire  [31:0] regions$0$size;
    reg  regions$1$clock;
    reg  regions$1$reset;
    reg  regions$1$we_gpa;
    reg  regions$1$we_size;
    reg  regions$1$we_hpa;
    reg  [31:0] regions$1$wdata;
    reg  regions$1$owned;
    reg  [31:0] regions$1$h0;
    reg  [31:0] regions$1$h1;
    reg  [31:0] regions$1$h2;
    wire  regions$1$h0_hit;
    wire  regions$1$h1_hit;
    wire  regions$1$h2_hit;
    wire  regions$1$valid;
    wire  [31:0] regions$1$mask;
    wire  [31:0] regions$1$gpa;
    wire  [31:0] regions$1$hpa;
    wire  [31:0] regions$1$size;
    reg  regions$2$clock;
    reg  regions$2$reset;
    reg  regions$2$we_gpa;
    reg  regions$2$we_size;
    reg  regions$2$we_hpa;
    reg  [31:0] regions$2$wdata;
    reg  regions$2$owned;
    reg  [31:0] regions$2$h0;
    reg  [31:0] regions$2$h1;
    reg  [31:0] regions$2$h2;
    wire  regions$2$h0_hit;
    wire  regions$2$h1_hit;
    wire  regions$2$h2_hit;
    wire  regions$2$valid;
    wire  [31:0] regions$2$mask;
    wire  [31:0] regions$2$gpa;
    wire  [31:0] regions$2$hpa;
    wire  [31:0] regions$2$size;
    reg  regions$3$clock;
    reg  regions$3$reset;
    reg  regions$3$we_gpa;
    reg  regions$3$we_size;
    reg  regions$3$we_hpa;
    reg  [31:0] regions$3$wdata;
    reg  regions$3$owned;
    reg  [31:0] regions$3$h0;
    reg  [31:0] regions$3$h1;
    reg  [31:0] regions$3$h2;
    wire  regions$3$h0_hit;
    wire  regions$3$h1_hit;
    wire  regions$3$h2_hit;
    wire  regions$3$valid;
    wire  [31:0] regions$3$mask;
    wire  [31:0] regions$3$gpa;
    wire  [31:0] regions$3$hpa;
    wire  [31:0] regions$3$size;
    reg  [1:0] state_q$d;
    wire  [1:0] state_q$q;
    reg  state_q$clock;
    reg  fresh_q$d;
    wire  fresh_q$q;
    reg  fresh_q$clock;
    
    // Local signals
    reg  is_sel;
    reg  is_state;
    
    // Sub module instances
    top$core$vm$slots$2$regions$0 regions$0(
        .clock(regions$0$clock),
        .reset(regions$0$reset),
        .we_gpa(regions$0$we_gpa),
        .we_size(regions$0$we_size),
        .we_hpa(regions$0$we_hpa),
        .wdata(regions$0$wdata),
        .owned(regions$0$owned),
        .h0(regions$0$h0),
        .h1(regions$0$h1),
        .h2(regions$0$h2),
        .h0_hit(regions$0$h0_hit),
        .h1_hit(regions$0$h1_hit),
        .h2_hit(regions$0$h2_hit),
        .valid(regions$0$valid),
        .mask(regions$0$mask),
        .gpa(regions$0$gpa),
        .hpa(regions$0$hpa),
        .size(regions$0$size)
    );
    top$core$vm$slots$2$regions$1 regions$1(
        .clock(regions$1$clock),
        .reset(regions$1$reset),
        .we_gpa(regions$1$we_gpa),
        .we_size(regions$1$we_size),
        .we_hpa(regions$1$we_hpa),
        .wdata(regions$1$wdata),
        .owned(regions$1$owned),
        .h0(regions$1$h0),
        .h1(regions$1$h1),
        .h2(regions$1$h2),
        .h0_hit(regions$1$h0_hit),
        .h1_hit(regions$1$h1_hit),
        .h2_hit(regions$1$h2_hit),
        .valid(regions$1$valid),
        .mask(regions$1$mask),
        .gpa(regions$1$gpa),
        .hpa(regions$1$hpa),
        .size(regions$1$size)
    );
    top$core$vm$slots$2$regions$2 regions$2(
        .clock(regions$2$clock),
        .reset(regions$2$reset),
        .we_gpa(regions$2$we_gpa),
        .we_size(regions$2$we_size),
        .we_hpa(regions$2$we_hpa),
        .wdata(regions$2$wdata),
        .owned(regions$2$owned),
        .h0(regions$2$h0),
        .h1(regions$2$h1),
        .h2(regions$2$h2),
        .h0_hit(regions$2$h0_hit),
        .h1_hit(regions$2$h1_hit),
        .h2_hit(regions$2$h2_hit),
        .valid(regions$2$valid),
        .mask(regions$2$mask),
        .gpa(regions$2$gpa),
        .hpa(regions$2$hpa),
        .size(regions$2$size)
    );
    top$core$vm$slots$2$regions$3 regions$3(
        .clock(regions$3$clock),
        .reset(regions$3$reset),
        .we_gpa(regions$3$we_gpa),
        .we_size(regions$3$we_size),
        .we_hpa(regions$3$we_hpa),
        .wdata(regions$3$wdata),
        .owned(regions$3$owned),
        .h0(regions$3$h0),
        .h1(regions$3$h1),
        .h2(regions$3$h2),
        .h0_hit(regions$3$h0_hit),
        .h1_hit(regions$3$h1_hit),
        .h2_hit(regions$3$h2_hit),
        .valid(regions$3$valid),
        .mask(regions$3$mask),
        .gpa(regions$3$gpa),
        .hpa(regions$3$hpa),
        .size(regions$3$size)
    );
    top$core$vm$slots$2$state_q state_q(
        .d(state_q$d),
        .q(state_q$q),
        .clock(state_q$clock)
    );
    top$core$vm$slots$2$fresh_q fresh_q(
        .d(fresh_q$d),
        .q(fresh_q$q),
        .clock(fresh_q$clock)
    );
    
    // Update code
    always @(*) begin
        state_q$clock = clock;
        fresh_q$clock = clock;
        state_q$d = state_q$q;
        fresh_q$d = fresh_q$q;
        is_sel = sel_id == id;
        is_state = is_sel & (addr == k_vmstate);
        running = run_id == id;
        if (we & is_state) begin
            if ((wdata == k_free) | (wdata == k_created)) begin
                state_q$d = wdata[(32'h0)+:(2)];
                fresh_q$d = 1'b1;
            end
            if (wdata == k_launched) begin
                state_q$d = wdata[(32'h0)+:(2)];
            end
        end
        if (saved & running) begin
            fresh_q$d = 1'b0;
        end
        if (reset) begin
            state_q$d = 32'h0;
            fresh_q$d = 1'b1;
        end
        state = state_q$q;
        fresh = fresh_q$q;
        rdata = 32'h0;
        if (is_state) begin
            rdata = ((state_q$q) & 32'hffffffff);
        end
        h0_hit = 1'b0;
        h1_hit = 1'b0;
        h2_hit = 1'b0;
        regions$0$clock = clock;
        regions$0$reset = reset;
        regions$0$wdata = wdata;
        regions$0$owned = |state_q$q;
        regions$0$h0 = h0;
        regions$0$h1 = h1;
        regions$0$h2 = h2;
        regions$0$we_gpa = we & is_sel & (addr == rgn_gpa$0);
        regions$0$we_size = we & is_sel & (addr == rgn_size$0);
        regions$0$we_hpa = we & is_sel & (addr == rgn_hpa$0);
        if (is_sel & (addr == rgn_gpa$0)) begin
            rdata = regions$0$gpa;
        end
        if (is_sel & (addr == rgn_size$0)) begin
            rdata = regions$0$size;
        end
        if (is_sel & (addr == rgn_hpa$0)) begin
            rdata = regions$0$hpa;
        end
        if (regions$0$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$0$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$0$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$1$clock = clock;
        regions$1$reset = reset;
        regions$1$wdata = wdata;
        regions$1$owned = |state_q$q;
        regions$1$h0 = h0;
        regions$1$h1 = h1;
        regions$1$h2 = h2;
        regions$1$we_gpa = we & is_sel & (addr == rgn_gpa$1);
        regions$1$we_size = we & is_sel & (addr == rgn_size$1);
        regions$1$we_hpa = we & is_sel & (addr == rgn_hpa$1);
        if (is_sel & (addr == rgn_gpa$1)) begin
            rdata = regions$1$gpa;
        end
        if (is_sel & (addr == rgn_size$1)) begin
            rdata = regions$1$size;
        end
        if (is_sel & (addr == rgn_hpa$1)) begin
            rdata = regions$1$hpa;
        end
        if (regions$1$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$1$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$1$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$2$clock = clock;
        regions$2$reset = reset;
        regions$2$wdata = wdata;
        regions$2$owned = |state_q$q;
        regions$2$h0 = h0;
        regions$2$h1 = h1;
        regions$2$h2 = h2;
        regions$2$we_gpa = we & is_sel & (addr == rgn_gpa$2);
        regions$2$we_size = we & is_sel & (addr == rgn_size$2);
        regions$2$we_hpa = we & is_sel & (addr == rgn_hpa$2);
        if (is_sel & (addr == rgn_gpa$2)) begin
            rdata = regions$2$gpa;
        end
        if (is_sel & (addr == rgn_size$2)) begin
            rdata = regions$2$size;
        end
        if (is_sel & (addr == rgn_hpa$2)) begin
            rdata = regions$2$hpa;
        end
        if (regions$2$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$2$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$2$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$3$clock = clock;
        regions$3$reset = reset;
        regions$3$wdata = wdata;
        regions$3$owned = |state_q$q;
        regions$3$h0 = h0;
        regions$3$h1 = h1;
        regions$3$h2 = h2;
        regions$3$we_gpa = we & is_sel & (addr == rgn_gpa$3);
        regions$3$we_size = we & is_sel & (addr == rgn_size$3);
        regions$3$we_hpa = we & is_sel & (addr == rgn_hpa$3);
        if (is_sel & (addr == rgn_gpa$3)) begin
            rdata = regions$3$gpa;
        end
        if (is_sel & (addr == rgn_size$3)) begin
            rdata = regions$3$size;
        end
        if (is_sel & (addr == rgn_hpa$3)) begin
            rdata = regions$3$hpa;
        end
        if (regions$3$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$3$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$3$h2_hit) begin
            h2_hit = 1'b1;
        end
    end
    
endmodule // top$core$vm$slots$2


module top$core$vm$slots$2$fresh_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$fresh_q


module top$core$vm$slots$2$regions$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$2$regions$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$2$regions$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$2$regions$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$2$regions$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$2$regions$0


module top$core$vm$slots$2$regions$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$0$gpa_q


module top$core$vm$slots$2$regions$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$0$hpa_q


module top$core$vm$slots$2$regions$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$0$mask_q


module top$core$vm$slots$2$regions$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$0$valid_q


module top$core$vm$slots$2$regions$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$2$regions$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$2$regions$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$2$regions$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$2$regions$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$2$regions$1


module top$core$vm$slots$2$regions$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$1$gpa_q


module top$core$vm$slots$2$regions$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$1$hpa_q


module top$core$vm$slots$2$regions$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$1$mask_q


module top$core$vm$slots$2$regions$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$1$valid_q


module top$core$vm$slots$2$regions$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$2$regions$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$2$regions$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$2$regions$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$2$regions$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$2$regions$2


module top$core$vm$slots$2$regions$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$2$gpa_q


module top$core$vm$slots$2$regions$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$2$hpa_q


module top$core$vm$slots$2$regions$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$2$mask_q


module top$core$vm$slots$2$regions$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$2$valid_q


module top$core$vm$slots$2$regions$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$2$regions$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$2$regions$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$2$regions$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$2$regions$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$2$regions$3


module top$core$vm$slots$2$regions$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$3$gpa_q


module top$core$vm$slots$2$regions$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$3$hpa_q


module top$core$vm$slots$2$regions$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$3$mask_q


module top$core$vm$slots$2$regions$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$regions$3$valid_q


module top$core$vm$slots$2$state_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$2$state_q


module top$core$vm$slots$3(clock,reset,sel_id,addr,we,wdata,rdata,state,run_id,saved,running,fresh,h0,h1,h2,h0_hit,h1_hit,h2_hit);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] sel_id;
    input wire  [31:0] addr;
    input wire  we;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [1:0] state;
    input wire  [31:0] run_id;
    input wire  saved;
    output reg  running;
    output reg  fresh;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    
    // Constant declarations
    localparam  id = 32'h4;
    localparam  k_vmstate = 32'hc021;
    localparam  k_free = 32'h0;
    localparam  k_created = 32'h1;
    localparam  k_launched = 32'h2;
    localparam  rgn_gpa$0 = 32'hc030;
    localparam  rgn_gpa$1 = 32'hc034;
    localparam  rgn_gpa$2 = 32'hc038;
    localparam  rgn_gpa$3 = 32'hc03c;
    localparam  rgn_size$0 = 32'hc031;
    localparam  rgn_size$1 = 32'hc035;
    localparam  rgn_size$2 = 32'hc039;
    localparam  rgn_size$3 = 32'hc03d;
    localparam  rgn_hpa$0 = 32'hc032;
    localparam  rgn_hpa$1 = 32'hc036;
    localparam  rgn_hpa$2 = 32'hc03a;
    localparam  rgn_hpa$3 = 32'hc03e;
    
    // Stub signals
    reg  regions$0$clock;
    reg  regions$0$reset;
    reg  regions$0$we_gpa;
    reg  regions$0$we_size;
    reg  regions$0$we_hpa;
    reg  [31:0] regions$0$wdata;
    reg  regions$0$owned;
    reg  [31:0] regions$0$h0;
    reg  [31:0] regions$0$h1;
    reg  [31:0] regions$0$h2;
    wire  regions$0$h0_hit;
    wire  regions$0$h1_hit;
    wire  regions$0$h2_hit;
    wire  regions$0$valid;
    wire  [31:0] regions$0$mask;
    wire  [31:0] regions$0$gpa;
    wire  [31:0] regions$0$hpa;
    wire  [31:0] regions$0$size;
    reg  regions$1$clock;
    reg  regions$1$reset;
    reg  regions$1$we_gpa;
    reg  regions$1$we_size;
    reg  regions$1$we_hpa;
    reg  [31:0] regions$1$wdata;
    reg  regions$1$owned;
    reg  [31:0] regions$1$h0;
    reg  [31:0] regions$1$h1;
    reg  [31:0] regions$1$h2;
    wire  regions$1$h0_hit;
    wire  regions$1$h1_hit;
    wire  regions$1$h2_hit;
    wire  regions$1$valid;
    wire  [31:0] regions$1$mask;
    wire  [31:0] regions$1$gpa;
    wire  [31:0] regions$1$hpa;
    wire  [31:0] regions$1$size;
    reg  regions$2$clock;
    reg  regions$2$reset;
    reg  regions$2$we_gpa;
    reg  regions$2$we_size;
    reg  regions$2$we_hpa;
    reg  [31:0] regions$2$wdata;
    reg  regions$2$owned;
    reg  [31:0] regions$2$h0;
    reg  [31:0] regions$2$h1;
    reg  [31:0] regions$2$h2;
    wire  regions$2$h0_hit;
    wire  regions$2$h1_hit;
    wire  regions$2$h2_hit;
    wire  regions$2$valid;
    wire  [31:0] regions$2$mask;
    wire  [31:0] regions$2$gpa;
    wire  [31:0] regions$2$hpa;
    wire  [31:0] regions$2$size;
    reg  regions$3$clock;
    reg  regions$3$reset;
    reg  regions$3$we_gpa;
    reg  regions$3$we_size;
    reg  regions$3$we_hpa;
    reg  [31:0] regions$3$wdata;
    reg  regions$3$owned;
    reg  [31:0] regions$3$h0;
    reg  [31:0] regions$3$h1;
    reg  [31:0] regions$3$h2;
    wire  regions$3$h0_hit;
    wire  regions$3$h1_hit;
    wire  regions$3$h2_hit;
    wire  regions$3$valid;
    wire  [31:0] regions$3$mask;
    wire  [31:0] regions$3$gpa;
    wire  [31:0] regions$3$hpa;
    wire  [31:0] regions$3$size;
    reg  [1:0] state_q$d;
    wire  [1:0] state_q$q;
    reg  state_q$clock;
    reg  fresh_q$d;
    wire  fresh_q$q;
    reg  fresh_q$clock;
    
    // Local signals
    reg  is_sel;
    reg  is_state;
    
    // Sub module instances
    top$core$vm$slots$3$regions$0 regions$0(
        .clock(regions$0$clock),
        .reset(regions$0$reset),
        .we_gpa(regions$0$we_gpa),
        .we_size(regions$0$we_size),
        .we_hpa(regions$0$we_hpa),
        .wdata(regions$0$wdata),
        .owned(regions$0$owned),
        .h0(regions$0$h0),
        .h1(regions$0$h1),
        .h2(regions$0$h2),
        .h0_hit(regions$0$h0_hit),
        .h1_hit(regions$0$h1_hit),
        .h2_hit(regions$0$h2_hit),
        .valid(regions$0$valid),
        .mask(regions$0$mask),
        .gpa(regions$0$gpa),
        .hpa(regions$0$hpa),
        .size(regions$0$size)
    );
    top$core$vm$slots$3$regions$1 regions$1(
        .clock(regions$1$clock),
        .reset(regions$1$reset),
        .we_gpa(regions$1$we_gpa),
        .we_size(regions$1$we_size),
        .we_hpa(regions$1$we_hpa),
        .wdata(regions$1$wdata),
        .owned(regions$1$owned),
        .h0(regions$1$h0),
        .h1(regions$1$h1),
        .h2(regions$1$h2),
        .h0_hit(regions$1$h0_hit),
        .h1_hit(regions$1$h1_hit),
        .h2_hit(regions$1$h2_hit),
        .valid(regions$1$valid),
        .mask(regions$1$mask),
        .gpa(regions$1$gpa),
        .hpa(regions$1$hpa),
        .size(regions$1$size)
    );
    top$core$vm$slots$3$regions$2 regions$2(
        .clock(regions$2$clock),
        .reset(regions$2$reset),
        .we_gpa(regions$2$we_gpa),
        .we_size(regions$2$we_size),
        .we_hpa(regions$2$we_hpa),
        .wdata(regions$2$wdata),
        .owned(regions$2$owned),
        .h0(regions$2$h0),
        .h1(regions$2$h1),
        .h2(regions$2$h2),
        .h0_hit(regions$2$h0_hit),
        .h1_hit(regions$2$h1_hit),
        .h2_hit(regions$2$h2_hit),
        .valid(regions$2$valid),
        .mask(regions$2$mask),
        .gpa(regions$2$gpa),
        .hpa(regions$2$hpa),
        .size(regions$2$size)
    );
    top$core$vm$slots$3$regions$3 regions$3(
        .clock(regions$3$clock),
        .reset(regions$3$reset),
        .we_gpa(regions$3$we_gpa),
        .we_size(regions$3$we_size),
        .we_hpa(regions$3$we_hpa),
        .wdata(regions$3$wdata),
        .owned(regions$3$owned),
        .h0(regions$3$h0),
        .h1(regions$3$h1),
        .h2(regions$3$h2),
        .h0_hit(regions$3$h0_hit),
        .h1_hit(regions$3$h1_hit),
        .h2_hit(regions$3$h2_hit),
        .valid(regions$3$valid),
        .mask(regions$3$mask),
        .gpa(regions$3$gpa),
        .hpa(regions$3$hpa),
        .size(regions$3$size)
    );
    top$core$vm$slots$3$state_q state_q(
        .d(state_q$d),
        .q(state_q$q),
        .clock(state_q$clock)
    );
    top$core$vm$slots$3$fresh_q fresh_q(
        .d(fresh_q$d),
        .q(fresh_q$q),
        .clock(fresh_q$clock)
    );
    
    // Update code
    always @(*) begin
        state_q$clock = clock;
        fresh_q$clock = clock;
        state_q$d = state_q$q;
        fresh_q$d = fresh_q$q;
        is_sel = sel_id == id;
        is_state = is_sel & (addr == k_vmstate);
        running = run_id == id;
        if (we & is_state) begin
            if ((wdata == k_free) | (wdata == k_created)) begin
                state_q$d = wdata[(32'h0)+:(2)];
                fresh_q$d = 1'b1;
            end
            if (wdata == k_launched) begin
                state_q$d = wdata[(32'h0)+:(2)];
            end
        end
        if (saved & running) begin
            fresh_q$d = 1'b0;
        end
        if (reset) begin
            state_q$d = 32'h0;
            fresh_q$d = 1'b1;
        end
        state = state_q$q;
        fresh = fresh_q$q;
        rdata = 32'h0;
        if (is_state) begin
            rdata = ((state_q$q) & 32'hffffffff);
        end
        h0_hit = 1'b0;
        h1_hit = 1'b0;
        h2_hit = 1'b0;
        regions$0$clock = clock;
        regions$0$reset = reset;
        regions$0$wdata = wdata;
        regions$0$owned = |state_q$q;
        regions$0$h0 = h0;
        regions$0$h1 = h1;
        regions$0$h2 = h2;
        regions$0$we_gpa = we & is_sel & (addr == rgn_gpa$0);
        regions$0$we_size = we & is_sel & (addr == rgn_size$0);
        regions$0$we_hpa = we & is_sel & (addr == rgn_hpa$0);
        if (is_sel & (addr == rgn_gpa$0)) begin
            rdata = regions$0$gpa;
        end
        if (is_sel & (addr == rgn_size$0)) begin
            rdata = regions$0$size;
        end
        if (is_sel & (addr == rgn_hpa$0)) begin
            rdata = regions$0$hpa;
        end
        if (regions$0$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$0$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$0$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$1$clock = clock;
        regions$1$reset = reset;
        regions$1$wdata = wdata;
        regions$1$owned = |state_q$q;
        regions$1$h0 = h0;
        regions$1$h1 = h1;
        regions$1$h2 = h2;
        regions$1$we_gpa = we & is_sel & (addr == rgn_gpa$1);
        regions$1$we_size = we & is_sel & (addr == rgn_size$1);
        regions$1$we_hpa = we & is_sel & (addr == rgn_hpa$1);
        if (is_sel & (addr == rgn_gpa$1)) begin
            rdata = regions$1$gpa;
        end
        if (is_sel & (addr == rgn_size$1)) begin
            rdata = regions$1$size;
        end
        if (is_sel & (addr == rgn_hpa$1)) begin
            rdata = regions$1$hpa;
        end
        if (regions$1$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$1$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$1$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$2$clock = clock;
        regions$2$reset = reset;
        regions$2$wdata = wdata;
        regions$2$owned = |state_q$q;
        regions$2$h0 = h0;
        regions$2$h1 = h1;
        regions$2$h2 = h2;
        regions$2$we_gpa = we & is_sel & (addr == rgn_gpa$2);
        regions$2$we_size = we & is_sel & (addr == rgn_size$2);
        regions$2$we_hpa = we & is_sel & (addr == rgn_hpa$2);
        if (is_sel & (addr == rgn_gpa$2)) begin
            rdata = regions$2$gpa;
        end
        if (is_sel & (addr == rgn_size$2)) begin
            rdata = regions$2$size;
        end
        if (is_sel & (addr == rgn_hpa$2)) begin
            rdata = regions$2$hpa;
        end
        if (regions$2$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$2$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$2$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$3$clock = clock;
        regions$3$reset = reset;
        regions$3$wdata = wdata;
        regions$3$owned = |state_q$q;
        regions$3$h0 = h0;
        regions$3$h1 = h1;
        regions$3$h2 = h2;
        regions$3$we_gpa = we & is_sel & (addr == rgn_gpa$3);
        regions$3$we_size = we & is_sel & (addr == rgn_size$3);
        regions$3$we_hpa = we & is_sel & (addr == rgn_hpa$3);
        if (is_sel & (addr == rgn_gpa$3)) begin
            rdata = regions$3$gpa;
        end
        if (is_sel & (addr == rgn_size$3)) begin
            rdata = regions$3$size;
        end
        if (is_sel & (addr == rgn_hpa$3)) begin
            rdata = regions$3$hpa;
        end
        if (regions$3$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$3$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$3$h2_hit) begin
            h2_hit = 1'b1;
        end
    end
    
endmodule // top$core$vm$slots$3


module top$core$vm$slots$3$fresh_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$fresh_q


module top$core$vm$slots$3$regions$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$3$regions$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$3$regions$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$3$regions$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$3$regions$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$3$regions$0


module top$core$vm$slots$3$regions$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$0$gpa_q


module top$core$vm$slots$3$regions$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$0$hpa_q


module top$core$vm$slots$3$regions$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$0$mask_q


module top$core$vm$slots$3$regions$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$0$valid_q


module top$core$vm$slots$3$regions$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$3$regions$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$3$regions$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$3$regions$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$3$regions$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$3$regions$1


module top$core$vm$slots$3$regions$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$1$gpa_q


module top$core$vm$slots$3$regions$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$1$hpa_q


module top$core$vm$slots$3$regions$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$1$mask_q


module top$core$vm$slots$3$regions$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$1$valid_q


module top$core$vm$slots$3$regions$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$3$regions$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$3$regions$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$3$regions$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$3$regions$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$3$regions$2


module top$core$vm$slots$3$regions$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$2$gpa_q


module top$core$vm$slots$3$regions$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$2$hpa_q


module top$core$vm$slots$3$regions$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$2$mask_q


module top$core$vm$slots$3$regions$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$2$valid_q


module top$core$vm$slots$3$regions$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$3$regions$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$3$regions$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$3$regions$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$3$regions$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$3$regions$3


module top$core$vm$slots$3$regions$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$3$gpa_q


module top$core$vm$slots$3$regions$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$3$hpa_q


module top$core$vm$slots$3$regions$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$3$mask_q


module top$core$vm$slots$3$regions$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$regions$3$valid_q


module top$core$vm$slots$3$state_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$3$state_q


module top$core$vm$slots$4(clock,reset,sel_id,addr,we,wdata,rdata,state,run_id,saved,running,fresh,h0,h1,h2,h0_hit,h1_hit,h2_hit);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] sel_id;
    input wire  [31:0] addr;
    input wire  we;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [1:0] state;
    input wire  [31:0] run_id;
    input wire  saved;
    output reg  running;
    output reg  fresh;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    
    // Constant declarations
    localparam  id = 32'h5;
    localparam  k_vmstate = 32'hc021;
    localparam  k_free = 32'h0;
    localparam  k_created = 32'h1;
    localparam  k_launched = 32'h2;
    localparam  rgn_gpa$0 = 32'hc030;
    localparam  rgn_gpa$1 = 32'hc034;
    localparam  rgn_gpa$2 = 32'hc038;
    localparam  rgn_gpa$3 = 32'hc03c;
    localparam  rgn_size$0 = 32'hc031;
    localparam  rgn_size$1 = 32'hc035;
    localparam  rgn_size$2 = 32'hc039;
    localparam  rgn_size$3 = 32'hc03d;
    localparam  rgn_hpa$0 = 32'hc032;
    localparam  rgn_hpa$1 = 32'hc036;
    localparam  rgn_hpa$2 = 32'hc03a;
    localparam  rgn_hpa$3 = 32'hc03e;
    
    // Stub signals
    reg  regions$0$clock;
    reg  regions$0$reset;
    reg  regions$0$we_gpa;
    reg  regions$0$we_size;
    reg  regions$0$we_hpa;
    reg  [31:0] regions$0$wdata;
    reg  regions$0$owned;
    reg  [31:0] regions$0$h0;
    reg  [31:0] regions$0$h1;
    reg  [31:0] regions$0$h2;
    wire  regions$0$h0_hit;
    wire  regions$0$h1_hit;
    wire  regions$0$h2_hit;
    wire  regions$0$valid;
    wire  [31:0] regions$0$mask;
    wire  [31:0] regions$0$gpa;
    wire  [31:0] regions$0$hpa;
    wire  [31:0] regions$0$size;
    reg  regions$1$clock;
    reg  regions$1$reset;
    reg  regions$1$we_gpa;
    reg  regions$1$we_size;
    reg  regions$1$we_hpa;
    reg  [31:0] regions$1$wdata;
    reg  regions$1$owned;
    reg  [31:0] regions$1$h0;
    reg  [31:0] regions$1$h1;
    reg  [31:0] regions$1$h2;
    wire  regions$1$h0_hit;
    wire  regions$1$h1_hit;
    wire  regions$1$h2_hit;
    wire  regions$1$valid;
    wire  [31:0] regions$1$mask;
    wire  [31:0] regions$1$gpa;
    wire  [31:0] regions$1$hpa;
    wire  [31:0] regions$1$size;
    reg  regions$2$clock;
    reg  regions$2$reset;
    reg  regions$2$we_gpa;
    reg  regions$2$we_size;
    reg  regions$2$we_hpa;
    reg  [31:0] regions$2$wdata;
    reg  regions$2$owned;
    reg  [31:0] regions$2$h0;
    reg  [31:0] regions$2$h1;
    reg  [31:0] regions$2$h2;
    wire  regions$2$h0_hit;
    wire  regions$2$h1_hit;
    wire  regions$2$h2_hit;
    wire  regions$2$valid;
    wire  [31:0] regions$2$mask;
    wire  [31:0] regions$2$gpa;
    wire  [31:0] regions$2$hpa;
    wire  [31:0] regions$2$size;
    reg  regions$3$clock;
    reg  regions$3$reset;
    reg  regions$3$we_gpa;
    reg  regions$3$we_size;
    reg  regions$3$we_hpa;
    reg  [31:0] regions$3$wdata;
    reg  regions$3$owned;
    reg  [31:0] regions$3$h0;
    reg  [31:0] regions$3$h1;
    reg  [31:0] regions$3$h2;
    wire  regions$3$h0_hit;
    wire  regions$3$h1_hit;
    wire  regions$3$h2_hit;
    wire  regions$3$valid;
    wire  [31:0] regions$3$mask;
    wire  [31:0] regions$3$gpa;
    wire  [31:0] regions$3$hpa;
    wire  [31:0] regions$3$size;
    reg  [1:0] state_q$d;
    wire  [1:0] state_q$q;
    reg  state_q$clock;
    reg  fresh_q$d;
    wire  fresh_q$q;
    reg  fresh_q$clock;
    
    // Local signals
    reg  is_sel;
    reg  is_state;
    
    // Sub module instances
    top$core$vm$slots$4$regions$0 regions$0(
        .clock(regions$0$clock),
        .reset(regions$0$reset),
        .we_gpa(regions$0$we_gpa),
        .we_size(regions$0$we_size),
        .we_hpa(regions$0$we_hpa),
        .wdata(regions$0$wdata),
        .owned(regions$0$owned),
        .h0(regions$0$h0),
        .h1(regions$0$h1),
        .h2(regions$0$h2),
        .h0_hit(regions$0$h0_hit),
        .h1_hit(regions$0$h1_hit),
        .h2_hit(regions$0$h2_hit),
        .valid(regions$0$valid),
        .mask(regions$0$mask),
        .gpa(regions$0$gpa),
        .hpa(regions$0$hpa),
        .size(regions$0$size)
    );
    top$core$vm$slots$4$regions$1 regions$1(
        .clock(regions$1$clock),
        .reset(regions$1$reset),
        .we_gpa(regions$1$we_gpa),
        .we_size(regions$1$we_size),
        .we_hpa(regions$1$we_hpa),
        .wdata(regions$1$wdata),
        .owned(regions$1$owned),
        .h0(regions$1$h0),
        .h1(regions$1$h1),
        .h2(regions$1$h2),
        .h0_hit(regions$1$h0_hit),
        .h1_hit(regions$1$h1_hit),
        .h2_hit(regions$1$h2_hit),
        .valid(regions$1$valid),
        .mask(regions$1$mask),
        .gpa(regions$1$gpa),
        .hpa(regions$1$hpa),
        .size(regions$1$size)
    );
    top$core$vm$slots$4$regions$2 regions$2(
        .clock(regions$2$clock),
        .reset(regions$2$reset),
        .we_gpa(regions$2$we_gpa),
        .we_size(regions$2$we_size),
        .we_hpa(regions$2$we_hpa),
        .wdata(regions$2$wdata),
        .owned(regions$2$owned),
        .h0(regions$2$h0),
        .h1(regions$2$h1),
        .h2(regions$2$h2),
        .h0_hit(regions$2$h0_hit),
        .h1_hit(regions$2$h1_hit),
        .h2_hit(regions$2$h2_hit),
        .valid(regions$2$valid),
        .mask(regions$2$mask),
        .gpa(regions$2$gpa),
        .hpa(regions$2$hpa),
        .size(regions$2$size)
    );
    top$core$vm$slots$4$regions$3 regions$3(
        .clock(regions$3$clock),
        .reset(regions$3$reset),
        .we_gpa(regions$3$we_gpa),
        .we_size(regions$3$we_size),
        .we_hpa(regions$3$we_hpa),
        .wdata(regions$3$wdata),
        .owned(regions$3$owned),
        .h0(regions$3$h0),
        .h1(regions$3$h1),
        .h2(regions$3$h2),
        .h0_hit(regions$3$h0_hit),
        .h1_hit(regions$3$h1_hit),
        .h2_hit(regions$3$h2_hit),
        .valid(regions$3$valid),
        .mask(regions$3$mask),
        .gpa(regions$3$gpa),
        .hpa(regions$3$hpa),
        .size(regions$3$size)
    );
    top$core$vm$slots$4$state_q state_q(
        .d(state_q$d),
        .q(state_q$q),
        .clock(state_q$clock)
    );
    top$core$vm$slots$4$fresh_q fresh_q(
        .d(fresh_q$d),
        .q(fresh_q$q),
        .clock(fresh_q$clock)
    );
    
    // Update code
    always @(*) begin
        state_q$clock = clock;
        fresh_q$clock = clock;
        state_q$d = state_q$q;
        fresh_q$d = fresh_q$q;
        is_sel = sel_id == id;
        is_state = is_sel & (addr == k_vmstate);
        running = run_id == id;
        if (we & is_state) begin
            if ((wdata == k_free) | (wdata == k_created)) begin
                state_q$d = wdata[(32'h0)+:(2)];
                fresh_q$d = 1'b1;
            end
            if (wdata == k_launched) begin
                state_q$d = wdata[(32'h0)+:(2)];
            end
        end
        if (saved & running) begin
            fresh_q$d = 1'b0;
        end
        if (reset) begin
            state_q$d = 32'h0;
            fresh_q$d = 1'b1;
        end
        state = state_q$q;
        fresh = fresh_q$q;
        rdata = 32'h0;
        if (is_state) begin
            rdata = ((state_q$q) & 32'hffffffff);
        end
        h0_hit = 1'b0;
        h1_hit = 1'b0;
        h2_hit = 1'b0;
        regions$0$clock = clock;
        regions$0$reset = reset;
        regions$0$wdata = wdata;
        regions$0$owned = |state_q$q;
        regions$0$h0 = h0;
        regions$0$h1 = h1;
        regions$0$h2 = h2;
        regions$0$we_gpa = we & is_sel & (addr == rgn_gpa$0);
        regions$0$we_size = we & is_sel & (addr == rgn_size$0);
        regions$0$we_hpa = we & is_sel & (addr == rgn_hpa$0);
        if (is_sel & (addr == rgn_gpa$0)) begin
            rdata = regions$0$gpa;
        end
        if (is_sel & (addr == rgn_size$0)) begin
            rdata = regions$0$size;
        end
        if (is_sel & (addr == rgn_hpa$0)) begin
            rdata = regions$0$hpa;
        end
        if (regions$0$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$0$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$0$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$1$clock = clock;
        regions$1$reset = reset;
        regions$1$wdata = wdata;
        regions$1$owned = |state_q$q;
        regions$1$h0 = h0;
        regions$1$h1 = h1;
        regions$1$h2 = h2;
        regions$1$we_gpa = we & is_sel & (addr == rgn_gpa$1);
        regions$1$we_size = we & is_sel & (addr == rgn_size$1);
        regions$1$we_hpa = we & is_sel & (addr == rgn_hpa$1);
        if (is_sel & (addr == rgn_gpa$1)) begin
            rdata = regions$1$gpa;
        end
        if (is_sel & (addr == rgn_size$1)) begin
            rdata = regions$1$size;
        end
        if (is_sel & (addr == rgn_hpa$1)) begin
            rdata = regions$1$hpa;
        end
        if (regions$1$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$1$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$1$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$2$clock = clock;
        regions$2$reset = reset;
        regions$2$wdata = wdata;
        regions$2$owned = |state_q$q;
        regions$2$h0 = h0;
        regions$2$h1 = h1;
        regions$2$h2 = h2;
        regions$2$we_gpa = we & is_sel & (addr == rgn_gpa$2);
        regions$2$we_size = we & is_sel & (addr == rgn_size$2);
        regions$2$we_hpa = we & is_sel & (addr == rgn_hpa$2);
        if (is_sel & (addr == rgn_gpa$2)) begin
            rdata = regions$2$gpa;
        end
        if (is_sel & (addr == rgn_size$2)) begin
            rdata = regions$2$size;
        end
        if (is_sel & (addr == rgn_hpa$2)) begin
            rdata = regions$2$hpa;
        end
        if (regions$2$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$2$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$2$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$3$clock = clock;
        regions$3$reset = reset;
        regions$3$wdata = wdata;
        regions$3$owned = |state_q$q;
        regions$3$h0 = h0;
        regions$3$h1 = h1;
        regions$3$h2 = h2;
        regions$3$we_gpa = we & is_sel & (addr == rgn_gpa$3);
        regions$3$we_size = we & is_sel & (addr == rgn_size$3);
        regions$3$we_hpa = we & is_sel & (addr == rgn_hpa$3);
        if (is_sel & (addr == rgn_gpa$3)) begin
            rdata = regions$3$gpa;
        end
        if (is_sel & (addr == rgn_size$3)) begin
            rdata = regions$3$size;
        end
        if (is_sel & (addr == rgn_hpa$3)) begin
            rdata = regions$3$hpa;
        end
        if (regions$3$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$3$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$3$h2_hit) begin
            h2_hit = 1'b1;
        end
    end
    
endmodule // top$core$vm$slots$4


module top$core$vm$slots$4$fresh_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$fresh_q


module top$core$vm$slots$4$regions$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$4$regions$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$4$regions$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$4$regions$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$4$regions$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$4$regions$0


module top$core$vm$slots$4$regions$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$0$gpa_q


module top$core$vm$slots$4$regions$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$0$hpa_q


module top$core$vm$slots$4$regions$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$0$mask_q


module top$core$vm$slots$4$regions$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$0$valid_q


module top$core$vm$slots$4$regions$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$4$regions$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$4$regions$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$4$regions$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$4$regions$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$4$regions$1


module top$core$vm$slots$4$regions$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$1$gpa_q


module top$core$vm$slots$4$regions$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$1$hpa_q


module top$core$vm$slots$4$regions$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$1$mask_q


module top$core$vm$slots$4$regions$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$1$valid_q


module top$core$vm$slots$4$regions$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$4$regions$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$4$regions$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$4$regions$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$4$regions$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$4$regions$2


module top$core$vm$slots$4$regions$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$2$gpa_q


module top$core$vm$slots$4$regions$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$2$hpa_q


module top$core$vm$slots$4$regions$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$2$mask_q


module top$core$vm$slots$4$regions$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$2$valid_q


module top$core$vm$slots$4$regions$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$4$regions$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$4$regions$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$4$regions$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$4$regions$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$4$regions$3


module top$core$vm$slots$4$regions$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$3$gpa_q


module top$core$vm$slots$4$regions$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$3$hpa_q


module top$core$vm$slots$4$regions$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$3$mask_q


module top$core$vm$slots$4$regions$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$regions$3$valid_q


module top$core$vm$slots$4$state_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$4$state_q


module top$core$vm$slots$5(clock,reset,sel_id,addr,we,wdata,rdata,state,run_id,saved,running,fresh,h0,h1,h2,h0_hit,h1_hit,h2_hit);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] sel_id;
    input wire  [31:0] addr;
    input wire  we;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [1:0] state;
    input wire  [31:0] run_id;
    input wire  saved;
    output reg  running;
    output reg  fresh;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    
    // Constant declarations
    localparam  id = 32'h6;
    localparam  k_vmstate = 32'hc021;
    localparam  k_free = 32'h0;
    localparam  k_created = 32'h1;
    localparam  k_launched = 32'h2;
    localparam  rgn_gpa$0 = 32'hc030;
    localparam  rgn_gpa$1 = 32'hc034;
    localparam  rgn_gpa$2 = 32'hc038;
    localparam  rgn_gpa$3 = 32'hc03c;
    localparam  rgn_size$0 = 32'hc031;
    localparam  rgn_size$1 = 32'hc035;
    localparam  rgn_size$2 = 32'hc039;
    localparam  rgn_size$3 = 32'hc03d;
    localparam  rgn_hpa$0 = 32'hc032;
    localparam  rgn_hpa$1 = 32'hc036;
    localparam  rgn_hpa$2 = 32'hc03a;
    localparam  rgn_hpa$3 = 32'hc03e;
    
    // Stub signals
    reg  regions$0$clock;
    reg  regions$0$reset;
    reg  regions$0$we_gpa;
    reg  regions$0$we_size;
    reg  regions$0$we_hpa;
    reg  [31:0] regions$0$wdata;
    reg  regions$0$owned;
    reg  [31:0] regions$0$h0;
    reg  [31:0] regions$0$h1;
    reg  [31:0] regions$0$h2;
    wire  regions$0$h0_hit;
    wire  regions$0$h1_hit;
    wire  regions$0$h2_hit;
    wire  regions$0$valid;
    wire  [31:0] regions$0$mask;
    wire  [31:0] regions$0$gpa;
    wire  [31:0] regions$0$hpa;
    wire  [31:0] regions$0$size;
    reg  regions$1$clock;
    reg  regions$1$reset;
    reg  regions$1$we_gpa;
    reg  regions$1$we_size;
    reg  regions$1$we_hpa;
    reg  [31:0] regions$1$wdata;
    reg  regions$1$owned;
    reg  [31:0] regions$1$h0;
    reg  [31:0] regions$1$h1;
    reg  [31:0] regions$1$h2;
    wire  regions$1$h0_hit;
    wire  regions$1$h1_hit;
    wire  regions$1$h2_hit;
    wire  regions$1$valid;
    wire  [31:0] regions$1$mask;
    wire  [31:0] regions$1$gpa;
    wire  [31:0] regions$1$hpa;
    wire  [31:0] regions$1$size;
    reg  regions$2$clock;
    reg  regions$2$reset;
    reg  regions$2$we_gpa;
    reg  regions$2$we_size;
    reg  regions$2$we_hpa;
    reg  [31:0] regions$2$wdata;
    reg  regions$2$owned;
    reg  [31:0] regions$2$h0;
    reg  [31:0] regions$2$h1;
    reg  [31:0] regions$2$h2;
    wire  regions$2$h0_hit;
    wire  regions$2$h1_hit;
    wire  regions$2$h2_hit;
    wire  regions$2$valid;
    wire  [31:0] regions$2$mask;
    wire  [31:0] regions$2$gpa;
    wire  [31:0] regions$2$hpa;
    wire  [31:0] regions$2$size;
    reg  regions$3$clock;
    reg  regions$3$reset;
    reg  regions$3$we_gpa;
    reg  regions$3$we_size;
    reg  regions$3$we_hpa;
    reg  [31:0] regions$3$wdata;
    reg  regions$3$owned;
    reg  [31:0] regions$3$h0;
    reg  [31:0] regions$3$h1;
    reg  [31:0] regions$3$h2;
    wire  regions$3$h0_hit;
    wire  regions$3$h1_hit;
    wire  regions$3$h2_hit;
    wire  regions$3$valid;
    wire  [31:0] regions$3$mask;
    wire  [31:0] regions$3$gpa;
    wire  [31:0] regions$3$hpa;
    wire  [31:0] regions$3$size;
    reg  [1:0] state_q$d;
    wire  [1:0] state_q$q;
    reg  state_q$clock;
    reg  fresh_q$d;
    wire  fresh_q$q;
    reg  fresh_q$clock;
    
    // Local signals
    reg  is_sel;
    reg  is_state;
    
    // Sub module instances
    top$core$vm$slots$5$regions$0 regions$0(
        .clock(regions$0$clock),
        .reset(regions$0$reset),
        .we_gpa(regions$0$we_gpa),
        .we_size(regions$0$we_size),
        .we_hpa(regions$0$we_hpa),
        .wdata(regions$0$wdata),
        .owned(regions$0$owned),
        .h0(regions$0$h0),
        .h1(regions$0$h1),
        .h2(regions$0$h2),
        .h0_hit(regions$0$h0_hit),
        .h1_hit(regions$0$h1_hit),
        .h2_hit(regions$0$h2_hit),
        .valid(regions$0$valid),
        .mask(regions$0$mask),
        .gpa(regions$0$gpa),
        .hpa(regions$0$hpa),
        .size(regions$0$size)
    );
    top$core$vm$slots$5$regions$1 regions$1(
        .clock(regions$1$clock),
        .reset(regions$1$reset),
        .we_gpa(regions$1$we_gpa),
        .we_size(regions$1$we_size),
        .we_hpa(regions$1$we_hpa),
        .wdata(regions$1$wdata),
        .owned(regions$1$owned),
        .h0(regions$1$h0),
        .h1(regions$1$h1),
        .h2(regions$1$h2),
        .h0_hit(regions$1$h0_hit),
        .h1_hit(regions$1$h1_hit),
        .h2_hit(regions$1$h2_hit),
        .valid(regions$1$valid),
        .mask(regions$1$mask),
        .gpa(regions$1$gpa),
        .hpa(regions$1$hpa),
        .size(regions$1$size)
    );
    top$core$vm$slots$5$regions$2 regions$2(
        .clock(regions$2$clock),
        .reset(regions$2$reset),
        .we_gpa(regions$2$we_gpa),
        .we_size(regions$2$we_size),
        .we_hpa(regions$2$we_hpa),
        .wdata(regions$2$wdata),
        .owned(regions$2$owned),
        .h0(regions$2$h0),
        .h1(regions$2$h1),
        .h2(regions$2$h2),
        .h0_hit(regions$2$h0_hit),
        .h1_hit(regions$2$h1_hit),
        .h2_hit(regions$2$h2_hit),
        .valid(regions$2$valid),
        .mask(regions$2$mask),
        .gpa(regions$2$gpa),
        .hpa(regions$2$hpa),
        .size(regions$2$size)
    );
    top$core$vm$slots$5$regions$3 regions$3(
        .clock(regions$3$clock),
        .reset(regions$3$reset),
        .we_gpa(regions$3$we_gpa),
        .we_size(regions$3$we_size),
        .we_hpa(regions$3$we_hpa),
        .wdata(regions$3$wdata),
        .owned(regions$3$owned),
        .h0(regions$3$h0),
        .h1(regions$3$h1),
        .h2(regions$3$h2),
        .h0_hit(regions$3$h0_hit),
        .h1_hit(regions$3$h1_hit),
        .h2_hit(regions$3$h2_hit),
        .valid(regions$3$valid),
        .mask(regions$3$mask),
        .gpa(regions$3$gpa),
        .hpa(regions$3$hpa),
        .size(regions$3$size)
    );
    top$core$vm$slots$5$state_q state_q(
        .d(state_q$d),
        .q(state_q$q),
        .clock(state_q$clock)
    );
    top$core$vm$slots$5$fresh_q fresh_q(
        .d(fresh_q$d),
        .q(fresh_q$q),
        .clock(fresh_q$clock)
    );
    
    // Update code
    always @(*) begin
        state_q$clock = clock;
        fresh_q$clock = clock;
        state_q$d = state_q$q;
        fresh_q$d = fresh_q$q;
        is_sel = sel_id == id;
        is_state = is_sel & (addr == k_vmstate);
        running = run_id == id;
        if (we & is_state) begin
            if ((wdata == k_free) | (wdata == k_created)) begin
                state_q$d = wdata[(32'h0)+:(2)];
                fresh_q$d = 1'b1;
            end
            if (wdata == k_launched) begin
                state_q$d = wdata[(32'h0)+:(2)];
            end
        end
        if (saved & running) begin
            fresh_q$d = 1'b0;
        end
        if (reset) begin
            state_q$d = 32'h0;
            fresh_q$d = 1'b1;
        end
        state = state_q$q;
        fresh = fresh_q$q;
        rdata = 32'h0;
        if (is_state) begin
            rdata = ((state_q$q) & 32'hffffffff);
        end
        h0_hit = 1'b0;
        h1_hit = 1'b0;
        h2_hit = 1'b0;
        regions$0$clock = clock;
        regions$0$reset = reset;
        regions$0$wdata = wdata;
        regions$0$owned = |state_q$q;
        regions$0$h0 = h0;
        regions$0$h1 = h1;
        regions$0$h2 = h2;
        regions$0$we_gpa = we & is_sel & (addr == rgn_gpa$0);
        regions$0$we_size = we & is_sel & (addr == rgn_size$0);
        regions$0$we_hpa = we & is_sel & (addr == rgn_hpa$0);
        if (is_sel & (addr == rgn_gpa$0)) begin
            rdata = regions$0$gpa;
        end
        if (is_sel & (addr == rgn_size$0)) begin
            rdata = regions$0$size;
        end
        if (is_sel & (addr == rgn_hpa$0)) begin
            rdata = regions$0$hpa;
        end
        if (regions$0$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$0$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$0$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$1$clock = clock;
        regions$1$reset = reset;
        regions$1$wdata = wdata;
        regions$1$owned = |state_q$q;
        regions$1$h0 = h0;
        regions$1$h1 = h1;
        regions$1$h2 = h2;
        regions$1$we_gpa = we & is_sel & (addr == rgn_gpa$1);
        regions$1$we_size = we & is_sel & (addr == rgn_size$1);
        regions$1$we_hpa = we & is_sel & (addr == rgn_hpa$1);
        if (is_sel & (addr == rgn_gpa$1)) begin
            rdata = regions$1$gpa;
        end
        if (is_sel & (addr == rgn_size$1)) begin
            rdata = regions$1$size;
        end
        if (is_sel & (addr == rgn_hpa$1)) begin
            rdata = regions$1$hpa;
        end
        if (regions$1$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$1$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$1$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$2$clock = clock;
        regions$2$reset = reset;
        regions$2$wdata = wdata;
        regions$2$owned = |state_q$q;
        regions$2$h0 = h0;
        regions$2$h1 = h1;
        regions$2$h2 = h2;
        regions$2$we_gpa = we & is_sel & (addr == rgn_gpa$2);
        regions$2$we_size = we & is_sel & (addr == rgn_size$2);
        regions$2$we_hpa = we & is_sel & (addr == rgn_hpa$2);
        if (is_sel & (addr == rgn_gpa$2)) begin
            rdata = regions$2$gpa;
        end
        if (is_sel & (addr == rgn_size$2)) begin
            rdata = regions$2$size;
        end
        if (is_sel & (addr == rgn_hpa$2)) begin
            rdata = regions$2$hpa;
        end
        if (regions$2$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$2$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$2$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$3$clock = clock;
        regions$3$reset = reset;
        regions$3$wdata = wdata;
        regions$3$owned = |state_q$q;
        regions$3$h0 = h0;
        regions$3$h1 = h1;
        regions$3$h2 = h2;
        regions$3$we_gpa = we & is_sel & (addr == rgn_gpa$3);
        regions$3$we_size = we & is_sel & (addr == rgn_size$3);
        regions$3$we_hpa = we & is_sel & (addr == rgn_hpa$3);
        if (is_sel & (addr == rgn_gpa$3)) begin
            rdata = regions$3$gpa;
        end
        if (is_sel & (addr == rgn_size$3)) begin
            rdata = regions$3$size;
        end
        if (is_sel & (addr == rgn_hpa$3)) begin
            rdata = regions$3$hpa;
        end
        if (regions$3$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$3$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$3$h2_hit) begin
            h2_hit = 1'b1;
        end
    end
    
endmodule // top$core$vm$slots$5


module top$core$vm$slots$5$fresh_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$fresh_q


module top$core$vm$slots$5$regions$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$5$regions$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$5$regions$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$5$regions$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$5$regions$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$5$regions$0


module top$core$vm$slots$5$regions$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$0$gpa_q


module top$core$vm$slots$5$regions$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$0$hpa_q


module top$core$vm$slots$5$regions$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$0$mask_q


module top$core$vm$slots$5$regions$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$0$valid_q


module top$core$vm$slots$5$regions$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$5$regions$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$5$regions$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$5$regions$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$5$regions$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$5$regions$1


module top$core$vm$slots$5$regions$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$1$gpa_q


module top$core$vm$slots$5$regions$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$1$hpa_q


module top$core$vm$slots$5$regions$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$1$mask_q


module top$core$vm$slots$5$regions$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$1$valid_q


module top$core$vm$slots$5$regions$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$5$regions$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$5$regions$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$5$regions$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$5$regions$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$5$regions$2


module top$core$vm$slots$5$regions$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$2$gpa_q


module top$core$vm$slots$5$regions$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$2$hpa_q


module top$core$vm$slots$5$regions$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$2$mask_q


module top$core$vm$slots$5$regions$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$2$valid_q


module top$core$vm$slots$5$regions$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$5$regions$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$5$regions$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$5$regions$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$5$regions$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$5$regions$3


module top$core$vm$slots$5$regions$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$3$gpa_q


module top$core$vm$slots$5$regions$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$3$hpa_q


module top$core$vm$slots$5$regions$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$3$mask_q


module top$core$vm$slots$5$regions$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$regions$3$valid_q


module top$core$vm$slots$5$state_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$5$state_q


module top$core$vm$slots$6(clock,reset,sel_id,addr,we,wdata,rdata,state,run_id,saved,running,fresh,h0,h1,h2,h0_hit,h1_hit,h2_hit);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] sel_id;
    input wire  [31:0] addr;
    input wire  we;
    input wire  [31:0] wdata;
    output reg  [31:0] rdata;
    output reg  [1:0] state;
    input wire  [31:0] run_id;
    input wire  saved;
    output reg  running;
    output reg  fresh;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    
    // Constant declarations
    localparam  id = 32'h7;
    localparam  k_vmstate = 32'hc021;
    localparam  k_free = 32'h0;
    localparam  k_created = 32'h1;
    localparam  k_launched = 32'h2;
    localparam  rgn_gpa$0 = 32'hc030;
    localparam  rgn_gpa$1 = 32'hc034;
    localparam  rgn_gpa$2 = 32'hc038;
    localparam  rgn_gpa$3 = 32'hc03c;
    localparam  rgn_size$0 = 32'hc031;
    localparam  rgn_size$1 = 32'hc035;
    localparam  rgn_size$2 = 32'hc039;
    localparam  rgn_size$3 = 32'hc03d;
    localparam  rgn_hpa$0 = 32'hc032;
    localparam  rgn_hpa$1 = 32'hc036;
    localparam  rgn_hpa$2 = 32'hc03a;
    localparam  rgn_hpa$3 = 32'hc03e;
    
    // Stub signals
    reg  regions$0$clock;
    reg  regions$0$reset;
    reg  regions$0$we_gpa;
    reg  regions$0$we_size;
    reg  regions$0$we_hpa;
    reg  [31:0] regions$0$wdata;
    reg  regions$0$owned;
    reg  [31:0] regions$0$h0;
    reg  [31:0] regions$0$h1;
    reg  [31:0] regions$0$h2;
    wire  regions$0$h0_hit;
    wire  regions$0$h1_hit;
    wire  regions$0$h2_hit;
    wire  regions$0$valid;
    wire  [31:0] regions$0$mask;
    wire  [31:0] regions$0$gpa;
    wire  [31:0] regions$0$hpa;
    wire  [31:0] regions$0$size;
    reg  regions$1$clock;
    reg  regions$1$reset;
    reg  regions$1$we_gpa;
    reg  regions$1$we_size;
    reg  regions$1$we_hpa;
    reg  [31:0] regions$1$wdata;
    reg  regions$1$owned;
    reg  [31:0] regions$1$h0;
    reg  [31:0] regions$1$h1;
    reg  [31:0] regions$1$h2;
    wire  regions$1$h0_hit;
    wire  regions$1$h1_hit;
    wire  regions$1$h2_hit;
    wire  regions$1$valid;
    wire  [31:0] regions$1$mask;
    wire  [31:0] regions$1$gpa;
    wire  [31:0] regions$1$hpa;
    wire  [31:0] regions$1$size;
    reg  regions$2$clock;
    reg  regions$2$reset;
    reg  regions$2$we_gpa;
    reg  regions$2$we_size;
    reg  regions$2$we_hpa;
    reg  [31:0] regions$2$wdata;
    reg  regions$2$owned;
    reg  [31:0] regions$2$h0;
    reg  [31:0] regions$2$h1;
    reg  [31:0] regions$2$h2;
    wire  regions$2$h0_hit;
    wire  regions$2$h1_hit;
    wire  regions$2$h2_hit;
    wire  regions$2$valid;
    wire  [31:0] regions$2$mask;
    wire  [31:0] regions$2$gpa;
    wire  [31:0] regions$2$hpa;
    wire  [31:0] regions$2$size;
    reg  regions$3$clock;
    reg  regions$3$reset;
    reg  regions$3$we_gpa;
    reg  regions$3$we_size;
    reg  regions$3$we_hpa;
    reg  [31:0] regions$3$wdata;
    reg  regions$3$owned;
    reg  [31:0] regions$3$h0;
    reg  [31:0] regions$3$h1;
    reg  [31:0] regions$3$h2;
    wire  regions$3$h0_hit;
    wire  regions$3$h1_hit;
    wire  regions$3$h2_hit;
    wire  regions$3$valid;
    wire  [31:0] regions$3$mask;
    wire  [31:0] regions$3$gpa;
    wire  [31:0] regions$3$hpa;
    wire  [31:0] regions$3$size;
    reg  [1:0] state_q$d;
    wire  [1:0] state_q$q;
    reg  state_q$clock;
    reg  fresh_q$d;
    wire  fresh_q$q;
    reg  fresh_q$clock;
    
    // Local signals
    reg  is_sel;
    reg  is_state;
    
    // Sub module instances
    top$core$vm$slots$6$regions$0 regions$0(
        .clock(regions$0$clock),
        .reset(regions$0$reset),
        .we_gpa(regions$0$we_gpa),
        .we_size(regions$0$we_size),
        .we_hpa(regions$0$we_hpa),
        .wdata(regions$0$wdata),
        .owned(regions$0$owned),
        .h0(regions$0$h0),
        .h1(regions$0$h1),
        .h2(regions$0$h2),
        .h0_hit(regions$0$h0_hit),
        .h1_hit(regions$0$h1_hit),
        .h2_hit(regions$0$h2_hit),
        .valid(regions$0$valid),
        .mask(regions$0$mask),
        .gpa(regions$0$gpa),
        .hpa(regions$0$hpa),
        .size(regions$0$size)
    );
    top$core$vm$slots$6$regions$1 regions$1(
        .clock(regions$1$clock),
        .reset(regions$1$reset),
        .we_gpa(regions$1$we_gpa),
        .we_size(regions$1$we_size),
        .we_hpa(regions$1$we_hpa),
        .wdata(regions$1$wdata),
        .owned(regions$1$owned),
        .h0(regions$1$h0),
        .h1(regions$1$h1),
        .h2(regions$1$h2),
        .h0_hit(regions$1$h0_hit),
        .h1_hit(regions$1$h1_hit),
        .h2_hit(regions$1$h2_hit),
        .valid(regions$1$valid),
        .mask(regions$1$mask),
        .gpa(regions$1$gpa),
        .hpa(regions$1$hpa),
        .size(regions$1$size)
    );
    top$core$vm$slots$6$regions$2 regions$2(
        .clock(regions$2$clock),
        .reset(regions$2$reset),
        .we_gpa(regions$2$we_gpa),
        .we_size(regions$2$we_size),
        .we_hpa(regions$2$we_hpa),
        .wdata(regions$2$wdata),
        .owned(regions$2$owned),
        .h0(regions$2$h0),
        .h1(regions$2$h1),
        .h2(regions$2$h2),
        .h0_hit(regions$2$h0_hit),
        .h1_hit(regions$2$h1_hit),
        .h2_hit(regions$2$h2_hit),
        .valid(regions$2$valid),
        .mask(regions$2$mask),
        .gpa(regions$2$gpa),
        .hpa(regions$2$hpa),
        .size(regions$2$size)
    );
    top$core$vm$slots$6$regions$3 regions$3(
        .clock(regions$3$clock),
        .reset(regions$3$reset),
        .we_gpa(regions$3$we_gpa),
        .we_size(regions$3$we_size),
        .we_hpa(regions$3$we_hpa),
        .wdata(regions$3$wdata),
        .owned(regions$3$owned),
        .h0(regions$3$h0),
        .h1(regions$3$h1),
        .h2(regions$3$h2),
        .h0_hit(regions$3$h0_hit),
        .h1_hit(regions$3$h1_hit),
        .h2_hit(regions$3$h2_hit),
        .valid(regions$3$valid),
        .mask(regions$3$mask),
        .gpa(regions$3$gpa),
        .hpa(regions$3$hpa),
        .size(regions$3$size)
    );
    top$core$vm$slots$6$state_q state_q(
        .d(state_q$d),
        .q(state_q$q),
        .clock(state_q$clock)
    );
    top$core$vm$slots$6$fresh_q fresh_q(
        .d(fresh_q$d),
        .q(fresh_q$q),
        .clock(fresh_q$clock)
    );
    
    // Update code
    always @(*) begin
        state_q$clock = clock;
        fresh_q$clock = clock;
        state_q$d = state_q$q;
        fresh_q$d = fresh_q$q;
        is_sel = sel_id == id;
        is_state = is_sel & (addr == k_vmstate);
        running = run_id == id;
        if (we & is_state) begin
            if ((wdata == k_free) | (wdata == k_created)) begin
                state_q$d = wdata[(32'h0)+:(2)];
                fresh_q$d = 1'b1;
            end
            if (wdata == k_launched) begin
                state_q$d = wdata[(32'h0)+:(2)];
            end
        end
        if (saved & running) begin
            fresh_q$d = 1'b0;
        end
        if (reset) begin
            state_q$d = 32'h0;
            fresh_q$d = 1'b1;
        end
        state = state_q$q;
        fresh = fresh_q$q;
        rdata = 32'h0;
        if (is_state) begin
            rdata = ((state_q$q) & 32'hffffffff);
        end
        h0_hit = 1'b0;
        h1_hit = 1'b0;
        h2_hit = 1'b0;
        regions$0$clock = clock;
        regions$0$reset = reset;
        regions$0$wdata = wdata;
        regions$0$owned = |state_q$q;
        regions$0$h0 = h0;
        regions$0$h1 = h1;
        regions$0$h2 = h2;
        regions$0$we_gpa = we & is_sel & (addr == rgn_gpa$0);
        regions$0$we_size = we & is_sel & (addr == rgn_size$0);
        regions$0$we_hpa = we & is_sel & (addr == rgn_hpa$0);
        if (is_sel & (addr == rgn_gpa$0)) begin
            rdata = regions$0$gpa;
        end
        if (is_sel & (addr == rgn_size$0)) begin
            rdata = regions$0$size;
        end
        if (is_sel & (addr == rgn_hpa$0)) begin
            rdata = regions$0$hpa;
        end
        if (regions$0$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$0$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$0$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$1$clock = clock;
        regions$1$reset = reset;
        regions$1$wdata = wdata;
        regions$1$owned = |state_q$q;
        regions$1$h0 = h0;
        regions$1$h1 = h1;
        regions$1$h2 = h2;
        regions$1$we_gpa = we & is_sel & (addr == rgn_gpa$1);
        regions$1$we_size = we & is_sel & (addr == rgn_size$1);
        regions$1$we_hpa = we & is_sel & (addr == rgn_hpa$1);
        if (is_sel & (addr == rgn_gpa$1)) begin
            rdata = regions$1$gpa;
        end
        if (is_sel & (addr == rgn_size$1)) begin
            rdata = regions$1$size;
        end
        if (is_sel & (addr == rgn_hpa$1)) begin
            rdata = regions$1$hpa;
        end
        if (regions$1$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$1$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$1$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$2$clock = clock;
        regions$2$reset = reset;
        regions$2$wdata = wdata;
        regions$2$owned = |state_q$q;
        regions$2$h0 = h0;
        regions$2$h1 = h1;
        regions$2$h2 = h2;
        regions$2$we_gpa = we & is_sel & (addr == rgn_gpa$2);
        regions$2$we_size = we & is_sel & (addr == rgn_size$2);
        regions$2$we_hpa = we & is_sel & (addr == rgn_hpa$2);
        if (is_sel & (addr == rgn_gpa$2)) begin
            rdata = regions$2$gpa;
        end
        if (is_sel & (addr == rgn_size$2)) begin
            rdata = regions$2$size;
        end
        if (is_sel & (addr == rgn_hpa$2)) begin
            rdata = regions$2$hpa;
        end
        if (regions$2$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$2$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$2$h2_hit) begin
            h2_hit = 1'b1;
        end
        regions$3$clock = clock;
        regions$3$reset = reset;
        regions$3$wdata = wdata;
        regions$3$owned = |state_q$q;
        regions$3$h0 = h0;
        regions$3$h1 = h1;
        regions$3$h2 = h2;
        regions$3$we_gpa = we & is_sel & (addr == rgn_gpa$3);
        regions$3$we_size = we & is_sel & (addr == rgn_size$3);
        regions$3$we_hpa = we & is_sel & (addr == rgn_hpa$3);
        if (is_sel & (addr == rgn_gpa$3)) begin
            rdata = regions$3$gpa;
        end
        if (is_sel & (addr == rgn_size$3)) begin
            rdata = regions$3$size;
        end
        if (is_sel & (addr == rgn_hpa$3)) begin
            rdata = regions$3$hpa;
        end
        if (regions$3$h0_hit) begin
            h0_hit = 1'b1;
        end
        if (regions$3$h1_hit) begin
            h1_hit = 1'b1;
        end
        if (regions$3$h2_hit) begin
            h2_hit = 1'b1;
        end
    end
    
endmodule // top$core$vm$slots$6


module top$core$vm$slots$6$fresh_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$fresh_q


module top$core$vm$slots$6$regions$0(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$6$regions$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$6$regions$0$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$6$regions$0$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$6$regions$0$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$6$regions$0


module top$core$vm$slots$6$regions$0$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$0$gpa_q


module top$core$vm$slots$6$regions$0$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$0$hpa_q


module top$core$vm$slots$6$regions$0$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$0$mask_q


module top$core$vm$slots$6$regions$0$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$0$valid_q


module top$core$vm$slots$6$regions$1(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$6$regions$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$6$regions$1$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$6$regions$1$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$6$regions$1$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$6$regions$1


module top$core$vm$slots$6$regions$1$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$1$gpa_q


module top$core$vm$slots$6$regions$1$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$1$hpa_q


module top$core$vm$slots$6$regions$1$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$1$mask_q


module top$core$vm$slots$6$regions$1$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$1$valid_q


module top$core$vm$slots$6$regions$2(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$6$regions$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$6$regions$2$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$6$regions$2$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$6$regions$2$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$6$regions$2


module top$core$vm$slots$6$regions$2$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$2$gpa_q


module top$core$vm$slots$6$regions$2$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$2$hpa_q


module top$core$vm$slots$6$regions$2$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$2$mask_q


module top$core$vm$slots$6$regions$2$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$2$valid_q


module top$core$vm$slots$6$regions$3(clock,reset,we_gpa,we_size,we_hpa,wdata,owned,h0,h1,h2,h0_hit,h1_hit,h2_hit,valid,mask,gpa,hpa,size);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we_gpa;
    input wire  we_size;
    input wire  we_hpa;
    input wire  [31:0] wdata;
    input wire  owned;
    input wire  [31:0] h0;
    input wire  [31:0] h1;
    input wire  [31:0] h2;
    output reg  h0_hit;
    output reg  h1_hit;
    output reg  h2_hit;
    output reg  valid;
    output reg  [31:0] mask;
    output reg  [31:0] gpa;
    output reg  [31:0] hpa;
    output reg  [31:0] size;
    
    // Constant declarations
    localparam  k_grain = 32'hffffe000;
    
    // Stub signals
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] mask_q$d;
    wire  [31:0] mask_q$q;
    reg  mask_q$clock;
    reg  [31:0] gpa_q$d;
    wire  [31:0] gpa_q$q;
    reg  gpa_q$clock;
    reg  [31:0] hpa_q$d;
    wire  [31:0] hpa_q$q;
    reg  hpa_q$clock;
    
    // Sub module instances
    top$core$vm$slots$6$regions$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$core$vm$slots$6$regions$3$mask_q mask_q(
        .d(mask_q$d),
        .q(mask_q$q),
        .clock(mask_q$clock)
    );
    top$core$vm$slots$6$regions$3$gpa_q gpa_q(
        .d(gpa_q$d),
        .q(gpa_q$q),
        .clock(gpa_q$clock)
    );
    top$core$vm$slots$6$regions$3$hpa_q hpa_q(
        .d(hpa_q$d),
        .q(hpa_q$q),
        .clock(hpa_q$clock)
    );
    
    // Update code
    always @(*) begin
        valid_q$clock = clock;
        mask_q$clock = clock;
        gpa_q$clock = clock;
        hpa_q$clock = clock;
        valid_q$d = valid_q$q;
        mask_q$d = mask_q$q;
        gpa_q$d = gpa_q$q;
        hpa_q$d = hpa_q$q;
        if (we_gpa) begin
            gpa_q$d = wdata & k_grain;
        end
        if (we_hpa) begin
            hpa_q$d = wdata & k_grain;
        end
        if (we_size) begin
            valid_q$d = |wdata;
            mask_q$d = ~(wdata - 32'h1) & k_grain;
        end
        if (reset) begin
            valid_q$d = 1'b0;
            mask_q$d = 32'h0;
            gpa_q$d = 32'h0;
            hpa_q$d = 32'h0;
        end
        valid = valid_q$q;
        mask = mask_q$q;
        gpa = gpa_q$q;
        hpa = hpa_q$q;
        size = 32'h0;
        if (valid_q$q) begin
            size = ~mask_q$q + 32'h1;
        end
        h0_hit = owned & valid_q$q & ((h0 & mask_q$q) == hpa_q$q);
        h1_hit = owned & valid_q$q & ((h1 & mask_q$q) == hpa_q$q);
        h2_hit = owned & valid_q$q & ((h2 & mask_q$q) == hpa_q$q);
    end
    
endmodule // top$core$vm$slots$6$regions$3


module top$core$vm$slots$6$regions$3$gpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$3$gpa_q


module top$core$vm$slots$6$regions$3$hpa_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$3$hpa_q


module top$core$vm$slots$6$regions$3$mask_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$3$mask_q


module top$core$vm$slots$6$regions$3$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$regions$3$valid_q


module top$core$vm$slots$6$state_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$slots$6$state_q


module top$core$vm$smepcr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$smepcr_q


module top$core$vm$smesr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$smesr_q


module top$core$vm$smevmcr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$smevmcr_q


module top$core$vm$store(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[511:0];
    
    initial begin
    mem[9'b0] = 32'h0;
    mem[9'b1] = 32'h0;
    mem[9'b10] = 32'h0;
    mem[9'b11] = 32'h0;
    mem[9'b100] = 32'h0;
    mem[9'b101] = 32'h0;
    mem[9'b110] = 32'h0;
    mem[9'b111] = 32'h0;
    mem[9'b1000] = 32'h0;
    mem[9'b1001] = 32'h0;
    mem[9'b1010] = 32'h0;
    mem[9'b1011] = 32'h0;
    mem[9'b1100] = 32'h0;
    mem[9'b1101] = 32'h0;
    mem[9'b1110] = 32'h0;
    mem[9'b1111] = 32'h0;
    mem[9'b10000] = 32'h0;
    mem[9'b10001] = 32'h0;
    mem[9'b10010] = 32'h0;
    mem[9'b10011] = 32'h0;
    mem[9'b10100] = 32'h0;
    mem[9'b10101] = 32'h0;
    mem[9'b10110] = 32'h0;
    mem[9'b10111] = 32'h0;
    mem[9'b11000] = 32'h0;
    mem[9'b11001] = 32'h0;
    mem[9'b11010] = 32'h0;
    mem[9'b11011] = 32'h0;
    mem[9'b11100] = 32'h0;
    mem[9'b11101] = 32'h0;
    mem[9'b11110] = 32'h0;
    mem[9'b11111] = 32'h0;
    mem[9'b100000] = 32'h0;
    mem[9'b100001] = 32'h0;
    mem[9'b100010] = 32'h0;
    mem[9'b100011] = 32'h0;
    mem[9'b100100] = 32'h0;
    mem[9'b100101] = 32'h0;
    mem[9'b100110] = 32'h0;
    mem[9'b100111] = 32'h0;
    mem[9'b101000] = 32'h0;
    mem[9'b101001] = 32'h0;
    mem[9'b101010] = 32'h0;
    mem[9'b101011] = 32'h0;
    mem[9'b101100] = 32'h0;
    mem[9'b101101] = 32'h0;
    mem[9'b101110] = 32'h0;
    mem[9'b101111] = 32'h0;
    mem[9'b110000] = 32'h0;
    mem[9'b110001] = 32'h0;
    mem[9'b110010] = 32'h0;
    mem[9'b110011] = 32'h0;
    mem[9'b110100] = 32'h0;
    mem[9'b110101] = 32'h0;
    mem[9'b110110] = 32'h0;
    mem[9'b110111] = 32'h0;
    mem[9'b111000] = 32'h0;
    mem[9'b111001] = 32'h0;
    mem[9'b111010] = 32'h0;
    mem[9'b111011] = 32'h0;
    mem[9'b111100] = 32'h0;
    mem[9'b111101] = 32'h0;
    mem[9'b111110] = 32'h0;
    mem[9'b111111] = 32'h0;
    mem[9'b1000000] = 32'h0;
    mem[9'b1000001] = 32'h0;
    mem[9'b1000010] = 32'h0;
    mem[9'b1000011] = 32'h0;
    mem[9'b1000100] = 32'h0;
    mem[9'b1000101] = 32'h0;
    mem[9'b1000110] = 32'h0;
    mem[9'b1000111] = 32'h0;
    mem[9'b1001000] = 32'h0;
    mem[9'b1001001] = 32'h0;
    mem[9'b1001010] = 32'h0;
    mem[9'b1001011] = 32'h0;
    mem[9'b1001100] = 32'h0;
    mem[9'b1001101] = 32'h0;
    mem[9'b1001110] = 32'h0;
    mem[9'b1001111] = 32'h0;
    mem[9'b1010000] = 32'h0;
    mem[9'b1010001] = 32'h0;
    mem[9'b1010010] = 32'h0;
    mem[9'b1010011] = 32'h0;
    mem[9'b1010100] = 32'h0;
    mem[9'b1010101] = 32'h0;
    mem[9'b1010110] = 32'h0;
    mem[9'b1010111] = 32'h0;
    mem[9'b1011000] = 32'h0;
    mem[9'b1011001] = 32'h0;
    mem[9'b1011010] = 32'h0;
    mem[9'b1011011] = 32'h0;
    mem[9'b1011100] = 32'h0;
    mem[9'b1011101] = 32'h0;
    mem[9'b1011110] = 32'h0;
    mem[9'b1011111] = 32'h0;
    mem[9'b1100000] = 32'h0;
    mem[9'b1100001] = 32'h0;
    mem[9'b1100010] = 32'h0;
    mem[9'b1100011] = 32'h0;
    mem[9'b1100100] = 32'h0;
    mem[9'b1100101] = 32'h0;
    mem[9'b1100110] = 32'h0;
    mem[9'b1100111] = 32'h0;
    mem[9'b1101000] = 32'h0;
    mem[9'b1101001] = 32'h0;
    mem[9'b1101010] = 32'h0;
    mem[9'b1101011] = 32'h0;
    mem[9'b1101100] = 32'h0;
    mem[9'b1101101] = 32'h0;
    mem[9'b1101110] = 32'h0;
    mem[9'b1101111] = 32'h0;
    mem[9'b1110000] = 32'h0;
    mem[9'b1110001] = 32'h0;
    mem[9'b1110010] = 32'h0;
    mem[9'b1110011] = 32'h0;
    mem[9'b1110100] = 32'h0;
    mem[9'b1110101] = 32'h0;
    mem[9'b1110110] = 32'h0;
    mem[9'b1110111] = 32'h0;
    mem[9'b1111000] = 32'h0;
    mem[9'b1111001] = 32'h0;
    mem[9'b1111010] = 32'h0;
    mem[9'b1111011] = 32'h0;
    mem[9'b1111100] = 32'h0;
    mem[9'b1111101] = 32'h0;
    mem[9'b1111110] = 32'h0;
    mem[9'b1111111] = 32'h0;
    mem[9'b10000000] = 32'h0;
    mem[9'b10000001] = 32'h0;
    mem[9'b10000010] = 32'h0;
    mem[9'b10000011] = 32'h0;
    mem[9'b10000100] = 32'h0;
    mem[9'b10000101] = 32'h0;
    mem[9'b10000110] = 32'h0;
    mem[9'b10000111] = 32'h0;
    mem[9'b10001000] = 32'h0;
    mem[9'b10001001] = 32'h0;
    mem[9'b10001010] = 32'h0;
    mem[9'b10001011] = 32'h0;
    mem[9'b10001100] = 32'h0;
    mem[9'b10001101] = 32'h0;
    mem[9'b10001110] = 32'h0;
    mem[9'b10001111] = 32'h0;
    mem[9'b10010000] = 32'h0;
    mem[9'b10010001] = 32'h0;
    mem[9'b10010010] = 32'h0;
    mem[9'b10010011] = 32'h0;
    mem[9'b10010100] = 32'h0;
    mem[9'b10010101] = 32'h0;
    mem[9'b10010110] = 32'h0;
    mem[9'b10010111] = 32'h0;
    mem[9'b10011000] = 32'h0;
    mem[9'b10011001] = 32'h0;
    mem[9'b10011010] = 32'h0;
    mem[9'b10011011] = 32'h0;
    mem[9'b10011100] = 32'h0;
    mem[9'b10011101] = 32'h0;
    mem[9'b10011110] = 32'h0;
    mem[9'b10011111] = 32'h0;
    mem[9'b10100000] = 32'h0;
    mem[9'b10100001] = 32'h0;
    mem[9'b10100010] = 32'h0;
    mem[9'b10100011] = 32'h0;
    mem[9'b10100100] = 32'h0;
    mem[9'b10100101] = 32'h0;
    mem[9'b10100110] = 32'h0;
    mem[9'b10100111] = 32'h0;
    mem[9'b10101000] = 32'h0;
    mem[9'b10101001] = 32'h0;
    mem[9'b10101010] = 32'h0;
    mem[9'b10101011] = 32'h0;
    mem[9'b10101100] = 32'h0;
    mem[9'b10101101] = 32'h0;
    mem[9'b10101110] = 32'h0;
    mem[9'b10101111] = 32'h0;
    mem[9'b10110000] = 32'h0;
    mem[9'b10110001] = 32'h0;
    mem[9'b10110010] = 32'h0;
    mem[9'b10110011] = 32'h0;
    mem[9'b10110100] = 32'h0;
    mem[9'b10110101] = 32'h0;
    mem[9'b10110110] = 32'h0;
    mem[9'b10110111] = 32'h0;
    mem[9'b10111000] = 32'h0;
    mem[9'b10111001] = 32'h0;
    mem[9'b10111010] = 32'h0;
    mem[9'b10111011] = 32'h0;
    mem[9'b10111100] = 32'h0;
    mem[9'b10111101] = 32'h0;
    mem[9'b10111110] = 32'h0;
    mem[9'b10111111] = 32'h0;
    mem[9'b11000000] = 32'h0;
    mem[9'b11000001] = 32'h0;
    mem[9'b11000010] = 32'h0;
    mem[9'b11000011] = 32'h0;
    mem[9'b11000100] = 32'h0;
    mem[9'b11000101] = 32'h0;
    mem[9'b11000110] = 32'h0;
    mem[9'b11000111] = 32'h0;
    mem[9'b11001000] = 32'h0;
    mem[9'b11001001] = 32'h0;
    mem[9'b11001010] = 32'h0;
    mem[9'b11001011] = 32'h0;
    mem[9'b11001100] = 32'h0;
    mem[9'b11001101] = 32'h0;
    mem[9'b11001110] = 32'h0;
    mem[9'b11001111] = 32'h0;
    mem[9'b11010000] = 32'h0;
    mem[9'b11010001] = 32'h0;
    mem[9'b11010010] = 32'h0;
    mem[9'b11010011] = 32'h0;
    mem[9'b11010100] = 32'h0;
    mem[9'b11010101] = 32'h0;
    mem[9'b11010110] = 32'h0;
    mem[9'b11010111] = 32'h0;
    mem[9'b11011000] = 32'h0;
    mem[9'b11011001] = 32'h0;
    mem[9'b11011010] = 32'h0;
    mem[9'b11011011] = 32'h0;
    mem[9'b11011100] = 32'h0;
    mem[9'b11011101] = 32'h0;
    mem[9'b11011110] = 32'h0;
    mem[9'b11011111] = 32'h0;
    mem[9'b11100000] = 32'h0;
    mem[9'b11100001] = 32'h0;
    mem[9'b11100010] = 32'h0;
    mem[9'b11100011] = 32'h0;
    mem[9'b11100100] = 32'h0;
    mem[9'b11100101] = 32'h0;
    mem[9'b11100110] = 32'h0;
    mem[9'b11100111] = 32'h0;
    mem[9'b11101000] = 32'h0;
    mem[9'b11101001] = 32'h0;
    mem[9'b11101010] = 32'h0;
    mem[9'b11101011] = 32'h0;
    mem[9'b11101100] = 32'h0;
    mem[9'b11101101] = 32'h0;
    mem[9'b11101110] = 32'h0;
    mem[9'b11101111] = 32'h0;
    mem[9'b11110000] = 32'h0;
    mem[9'b11110001] = 32'h0;
    mem[9'b11110010] = 32'h0;
    mem[9'b11110011] = 32'h0;
    mem[9'b11110100] = 32'h0;
    mem[9'b11110101] = 32'h0;
    mem[9'b11110110] = 32'h0;
    mem[9'b11110111] = 32'h0;
    mem[9'b11111000] = 32'h0;
    mem[9'b11111001] = 32'h0;
    mem[9'b11111010] = 32'h0;
    mem[9'b11111011] = 32'h0;
    mem[9'b11111100] = 32'h0;
    mem[9'b11111101] = 32'h0;
    mem[9'b11111110] = 32'h0;
    mem[9'b11111111] = 32'h0;
    mem[9'b100000000] = 32'h0;
    mem[9'b100000001] = 32'h0;
    mem[9'b100000010] = 32'h0;
    mem[9'b100000011] = 32'h0;
    mem[9'b100000100] = 32'h0;
    mem[9'b100000101] = 32'h0;
    mem[9'b100000110] = 32'h0;
    mem[9'b100000111] = 32'h0;
    mem[9'b100001000] = 32'h0;
    mem[9'b100001001] = 32'h0;
    mem[9'b100001010] = 32'h0;
    mem[9'b100001011] = 32'h0;
    mem[9'b100001100] = 32'h0;
    mem[9'b100001101] = 32'h0;
    mem[9'b100001110] = 32'h0;
    mem[9'b100001111] = 32'h0;
    mem[9'b100010000] = 32'h0;
    mem[9'b100010001] = 32'h0;
    mem[9'b100010010] = 32'h0;
    mem[9'b100010011] = 32'h0;
    mem[9'b100010100] = 32'h0;
    mem[9'b100010101] = 32'h0;
    mem[9'b100010110] = 32'h0;
    mem[9'b100010111] = 32'h0;
    mem[9'b100011000] = 32'h0;
    mem[9'b100011001] = 32'h0;
    mem[9'b100011010] = 32'h0;
    mem[9'b100011011] = 32'h0;
    mem[9'b100011100] = 32'h0;
    mem[9'b100011101] = 32'h0;
    mem[9'b100011110] = 32'h0;
    mem[9'b100011111] = 32'h0;
    mem[9'b100100000] = 32'h0;
    mem[9'b100100001] = 32'h0;
    mem[9'b100100010] = 32'h0;
    mem[9'b100100011] = 32'h0;
    mem[9'b100100100] = 32'h0;
    mem[9'b100100101] = 32'h0;
    mem[9'b100100110] = 32'h0;
    mem[9'b100100111] = 32'h0;
    mem[9'b100101000] = 32'h0;
    mem[9'b100101001] = 32'h0;
    mem[9'b100101010] = 32'h0;
    mem[9'b100101011] = 32'h0;
    mem[9'b100101100] = 32'h0;
    mem[9'b100101101] = 32'h0;
    mem[9'b100101110] = 32'h0;
    mem[9'b100101111] = 32'h0;
    mem[9'b100110000] = 32'h0;
    mem[9'b100110001] = 32'h0;
    mem[9'b100110010] = 32'h0;
    mem[9'b100110011] = 32'h0;
    mem[9'b100110100] = 32'h0;
    mem[9'b100110101] = 32'h0;
    mem[9'b100110110] = 32'h0;
    mem[9'b100110111] = 32'h0;
    mem[9'b100111000] = 32'h0;
    mem[9'b100111001] = 32'h0;
    mem[9'b100111010] = 32'h0;
    mem[9'b100111011] = 32'h0;
    mem[9'b100111100] = 32'h0;
    mem[9'b100111101] = 32'h0;
    mem[9'b100111110] = 32'h0;
    mem[9'b100111111] = 32'h0;
    mem[9'b101000000] = 32'h0;
    mem[9'b101000001] = 32'h0;
    mem[9'b101000010] = 32'h0;
    mem[9'b101000011] = 32'h0;
    mem[9'b101000100] = 32'h0;
    mem[9'b101000101] = 32'h0;
    mem[9'b101000110] = 32'h0;
    mem[9'b101000111] = 32'h0;
    mem[9'b101001000] = 32'h0;
    mem[9'b101001001] = 32'h0;
    mem[9'b101001010] = 32'h0;
    mem[9'b101001011] = 32'h0;
    mem[9'b101001100] = 32'h0;
    mem[9'b101001101] = 32'h0;
    mem[9'b101001110] = 32'h0;
    mem[9'b101001111] = 32'h0;
    mem[9'b101010000] = 32'h0;
    mem[9'b101010001] = 32'h0;
    mem[9'b101010010] = 32'h0;
    mem[9'b101010011] = 32'h0;
    mem[9'b101010100] = 32'h0;
    mem[9'b101010101] = 32'h0;
    mem[9'b101010110] = 32'h0;
    mem[9'b101010111] = 32'h0;
    mem[9'b101011000] = 32'h0;
    mem[9'b101011001] = 32'h0;
    mem[9'b101011010] = 32'h0;
    mem[9'b101011011] = 32'h0;
    mem[9'b101011100] = 32'h0;
    mem[9'b101011101] = 32'h0;
    mem[9'b101011110] = 32'h0;
    mem[9'b101011111] = 32'h0;
    mem[9'b101100000] = 32'h0;
    mem[9'b101100001] = 32'h0;
    mem[9'b101100010] = 32'h0;
    mem[9'b101100011] = 32'h0;
    mem[9'b101100100] = 32'h0;
    mem[9'b101100101] = 32'h0;
    mem[9'b101100110] = 32'h0;
    mem[9'b101100111] = 32'h0;
    mem[9'b101101000] = 32'h0;
    mem[9'b101101001] = 32'h0;
    mem[9'b101101010] = 32'h0;
    mem[9'b101101011] = 32'h0;
    mem[9'b101101100] = 32'h0;
    mem[9'b101101101] = 32'h0;
    mem[9'b101101110] = 32'h0;
    mem[9'b101101111] = 32'h0;
    mem[9'b101110000] = 32'h0;
    mem[9'b101110001] = 32'h0;
    mem[9'b101110010] = 32'h0;
    mem[9'b101110011] = 32'h0;
    mem[9'b101110100] = 32'h0;
    mem[9'b101110101] = 32'h0;
    mem[9'b101110110] = 32'h0;
    mem[9'b101110111] = 32'h0;
    mem[9'b101111000] = 32'h0;
    mem[9'b101111001] = 32'h0;
    mem[9'b101111010] = 32'h0;
    mem[9'b101111011] = 32'h0;
    mem[9'b101111100] = 32'h0;
    mem[9'b101111101] = 32'h0;
    mem[9'b101111110] = 32'h0;
    mem[9'b101111111] = 32'h0;
    mem[9'b110000000] = 32'h0;
    mem[9'b110000001] = 32'h0;
    mem[9'b110000010] = 32'h0;
    mem[9'b110000011] = 32'h0;
    mem[9'b110000100] = 32'h0;
    mem[9'b110000101] = 32'h0;
    mem[9'b110000110] = 32'h0;
    mem[9'b110000111] = 32'h0;
    mem[9'b110001000] = 32'h0;
    mem[9'b110001001] = 32'h0;
    mem[9'b110001010] = 32'h0;
    mem[9'b110001011] = 32'h0;
    mem[9'b110001100] = 32'h0;
    mem[9'b110001101] = 32'h0;
    mem[9'b110001110] = 32'h0;
    mem[9'b110001111] = 32'h0;
    mem[9'b110010000] = 32'h0;
    mem[9'b110010001] = 32'h0;
    mem[9'b110010010] = 32'h0;
    mem[9'b110010011] = 32'h0;
    mem[9'b110010100] = 32'h0;
    mem[9'b110010101] = 32'h0;
    mem[9'b110010110] = 32'h0;
    mem[9'b110010111] = 32'h0;
    mem[9'b110011000] = 32'h0;
    mem[9'b110011001] = 32'h0;
    mem[9'b110011010] = 32'h0;
    mem[9'b110011011] = 32'h0;
    mem[9'b110011100] = 32'h0;
    mem[9'b110011101] = 32'h0;
    mem[9'b110011110] = 32'h0;
    mem[9'b110011111] = 32'h0;
    mem[9'b110100000] = 32'h0;
    mem[9'b110100001] = 32'h0;
    mem[9'b110100010] = 32'h0;
    mem[9'b110100011] = 32'h0;
    mem[9'b110100100] = 32'h0;
    mem[9'b110100101] = 32'h0;
    mem[9'b110100110] = 32'h0;
    mem[9'b110100111] = 32'h0;
    mem[9'b110101000] = 32'h0;
    mem[9'b110101001] = 32'h0;
    mem[9'b110101010] = 32'h0;
    mem[9'b110101011] = 32'h0;
    mem[9'b110101100] = 32'h0;
    mem[9'b110101101] = 32'h0;
    mem[9'b110101110] = 32'h0;
    mem[9'b110101111] = 32'h0;
    mem[9'b110110000] = 32'h0;
    mem[9'b110110001] = 32'h0;
    mem[9'b110110010] = 32'h0;
    mem[9'b110110011] = 32'h0;
    mem[9'b110110100] = 32'h0;
    mem[9'b110110101] = 32'h0;
    mem[9'b110110110] = 32'h0;
    mem[9'b110110111] = 32'h0;
    mem[9'b110111000] = 32'h0;
    mem[9'b110111001] = 32'h0;
    mem[9'b110111010] = 32'h0;
    mem[9'b110111011] = 32'h0;
    mem[9'b110111100] = 32'h0;
    mem[9'b110111101] = 32'h0;
    mem[9'b110111110] = 32'h0;
    mem[9'b110111111] = 32'h0;
    mem[9'b111000000] = 32'h0;
    mem[9'b111000001] = 32'h0;
    mem[9'b111000010] = 32'h0;
    mem[9'b111000011] = 32'h0;
    mem[9'b111000100] = 32'h0;
    mem[9'b111000101] = 32'h0;
    mem[9'b111000110] = 32'h0;
    mem[9'b111000111] = 32'h0;
    mem[9'b111001000] = 32'h0;
    mem[9'b111001001] = 32'h0;
    mem[9'b111001010] = 32'h0;
    mem[9'b111001011] = 32'h0;
    mem[9'b111001100] = 32'h0;
    mem[9'b111001101] = 32'h0;
    mem[9'b111001110] = 32'h0;
    mem[9'b111001111] = 32'h0;
    mem[9'b111010000] = 32'h0;
    mem[9'b111010001] = 32'h0;
    mem[9'b111010010] = 32'h0;
    mem[9'b111010011] = 32'h0;
    mem[9'b111010100] = 32'h0;
    mem[9'b111010101] = 32'h0;
    mem[9'b111010110] = 32'h0;
    mem[9'b111010111] = 32'h0;
    mem[9'b111011000] = 32'h0;
    mem[9'b111011001] = 32'h0;
    mem[9'b111011010] = 32'h0;
    mem[9'b111011011] = 32'h0;
    mem[9'b111011100] = 32'h0;
    mem[9'b111011101] = 32'h0;
    mem[9'b111011110] = 32'h0;
    mem[9'b111011111] = 32'h0;
    mem[9'b111100000] = 32'h0;
    mem[9'b111100001] = 32'h0;
    mem[9'b111100010] = 32'h0;
    mem[9'b111100011] = 32'h0;
    mem[9'b111100100] = 32'h0;
    mem[9'b111100101] = 32'h0;
    mem[9'b111100110] = 32'h0;
    mem[9'b111100111] = 32'h0;
    mem[9'b111101000] = 32'h0;
    mem[9'b111101001] = 32'h0;
    mem[9'b111101010] = 32'h0;
    mem[9'b111101011] = 32'h0;
    mem[9'b111101100] = 32'h0;
    mem[9'b111101101] = 32'h0;
    mem[9'b111101110] = 32'h0;
    mem[9'b111101111] = 32'h0;
    mem[9'b111110000] = 32'h0;
    mem[9'b111110001] = 32'h0;
    mem[9'b111110010] = 32'h0;
    mem[9'b111110011] = 32'h0;
    mem[9'b111110100] = 32'h0;
    mem[9'b111110101] = 32'h0;
    mem[9'b111110110] = 32'h0;
    mem[9'b111110111] = 32'h0;
    mem[9'b111111000] = 32'h0;
    mem[9'b111111001] = 32'h0;
    mem[9'b111111010] = 32'h0;
    mem[9'b111111011] = 32'h0;
    mem[9'b111111100] = 32'h0;
    mem[9'b111111101] = 32'h0;
    mem[9'b111111110] = 32'h0;
    mem[9'b111111111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$core$vm$store


module top$core$vm$vmcr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$vmcr_q


module top$core$vm$vmid_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$vmid_q


module top$core$vm$vmsel_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$vm$vmsel_q


module top$core$wb_exc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_exc


module top$core$wb_hide_rd(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_hide_rd


module top$core$wb_insn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_insn


module top$core$wb_mw(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_mw


module top$core$wb_mw_addr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_mw_addr


module top$core$wb_mw_data(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_mw_data


module top$core$wb_mw_size(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_mw_size


module top$core$wb_pc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_pc


module top$core$wb_r3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_r3


module top$core$wb_rd(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_rd


module top$core$wb_ret(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_ret


module top$core$wb_sr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_sr


module top$core$wb_val(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_val


module top$core$wb_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_valid


module top$core$wb_vec(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_vec


module top$core$wb_we(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$wb_we


module top$finisher(clock,reset,wb$adr,wb$dat_w,wb$sel,wb$we,wb$cyc,wb$stb,wb$cti,wb$bte,wb$tga,wb$dat_r,wb$ack,wb$err,finish_valid,finish_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] wb$adr;
    input wire  [31:0] wb$dat_w;
    input wire  [3:0] wb$sel;
    input wire  wb$we;
    input wire  wb$cyc;
    input wire  wb$stb;
    input wire  [2:0] wb$cti;
    input wire  [1:0] wb$bte;
    input wire  [7:0] wb$tga;
    output reg  [31:0] wb$dat_r;
    output reg  wb$ack;
    output reg  wb$err;
    output reg  finish_valid;
    output reg  [31:0] finish_data;
    
    // Constant declarations
    localparam  base = 32'h96000000;
    
    // Stub signals
    reg  ack_q$d;
    wire  ack_q$q;
    reg  ack_q$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [31:0] data_q$d;
    wire  [31:0] data_q$q;
    reg  data_q$clock;
    
    // Local signals
    reg  req;
    reg  strobe;
    reg  unused_ok;
    
    // Sub module instances
    top$finisher$ack_q ack_q(
        .d(ack_q$d),
        .q(ack_q$q),
        .clock(ack_q$clock)
    );
    top$finisher$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$finisher$data_q data_q(
        .d(data_q$d),
        .q(data_q$q),
        .clock(data_q$clock)
    );
    
    // Update code
    always @(*) begin
        ack_q$clock = clock;
        valid_q$clock = clock;
        data_q$clock = clock;
        ack_q$d = ack_q$q;
        valid_q$d = valid_q$q;
        data_q$d = data_q$q;
        req = wb$cyc & wb$stb;
        wb$ack = ack_q$q & wb$cyc;
        ack_q$d = req & (~ack_q$q);
        wb$dat_r = 32'h0;
        wb$err = 1'b0;
        unused_ok = |wb$cti | |wb$bte | |wb$tga;
        strobe = wb$ack & wb$we & (wb$sel == 32'hf) & (wb$adr == base);
        valid_q$d = strobe;
        if (strobe) begin
            data_q$d = wb$dat_w;
        end
        finish_valid = valid_q$q;
        finish_data = data_q$q;
        if (reset) begin
            ack_q$d = 1'b0;
            valid_q$d = 1'b0;
            wb$ack = 1'b0;
        end
    end
    
endmodule // top$finisher


module top$finisher$ack_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$finisher$ack_q


module top$finisher$data_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$finisher$data_q


module top$finisher$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$finisher$valid_q


module top$ld_addr_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ld_addr_q


module top$ld_data_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ld_data_q


module top$ld_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ld_we_q


module top$mem_latency_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mem_latency_q


module top$perf(clock,reset,ev$issued,ev$retired,ev$imiss,ev$dmiss,ev$st_mem,ev$st_fetch,ev$st_ex,ev$st_hazard,ev$br_pred,ev$br_redirect,cycles,issued,retired,imiss,dmiss,st_mem,st_ex,st_hazard,st_fetch,br_pred,br_redirect);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  ev$issued;
    input wire  ev$retired;
    input wire  ev$imiss;
    input wire  ev$dmiss;
    input wire  ev$st_mem;
    input wire  ev$st_fetch;
    input wire  ev$st_ex;
    input wire  ev$st_hazard;
    input wire  ev$br_pred;
    input wire  ev$br_redirect;
    output reg  [31:0] cycles;
    output reg  [31:0] issued;
    output reg  [31:0] retired;
    output reg  [31:0] imiss;
    output reg  [31:0] dmiss;
    output reg  [31:0] st_mem;
    output reg  [31:0] st_ex;
    output reg  [31:0] st_hazard;
    output reg  [31:0] st_fetch;
    output reg  [31:0] br_pred;
    output reg  [31:0] br_redirect;
    
    // Stub signals
    reg  [31:0] n_cycles$d;
    wire  [31:0] n_cycles$q;
    reg  n_cycles$clock;
    reg  [31:0] n_issued$d;
    wire  [31:0] n_issued$q;
    reg  n_issued$clock;
    reg  [31:0] n_retired$d;
    wire  [31:0] n_retired$q;
    reg  n_retired$clock;
    reg  [31:0] n_imiss$d;
    wire  [31:0] n_imiss$q;
    reg  n_imiss$clock;
    reg  [31:0] n_dmiss$d;
    wire  [31:0] n_dmiss$q;
    reg  n_dmiss$clock;
    reg  [31:0] n_st_mem$d;
    wire  [31:0] n_st_mem$q;
    reg  n_st_mem$clock;
    reg  [31:0] n_st_ex$d;
    wire  [31:0] n_st_ex$q;
    reg  n_st_ex$clock;
    reg  [31:0] n_st_hazard$d;
    wire  [31:0] n_st_hazard$q;
    reg  n_st_hazard$clock;
    reg  [31:0] n_st_fetch$d;
    wire  [31:0] n_st_fetch$q;
    reg  n_st_fetch$clock;
    reg  [31:0] n_br_pred$d;
    wire  [31:0] n_br_pred$q;
    reg  n_br_pred$clock;
    reg  [31:0] n_br_redirect$d;
    wire  [31:0] n_br_redirect$q;
    reg  n_br_redirect$clock;
    
    // Sub module instances
    top$perf$n_cycles n_cycles(
        .d(n_cycles$d),
        .q(n_cycles$q),
        .clock(n_cycles$clock)
    );
    top$perf$n_issued n_issued(
        .d(n_issued$d),
        .q(n_issued$q),
        .clock(n_issued$clock)
    );
    top$perf$n_retired n_retired(
        .d(n_retired$d),
        .q(n_retired$q),
        .clock(n_retired$clock)
    );
    top$perf$n_imiss n_imiss(
        .d(n_imiss$d),
        .q(n_imiss$q),
        .clock(n_imiss$clock)
    );
    top$perf$n_dmiss n_dmiss(
        .d(n_dmiss$d),
        .q(n_dmiss$q),
        .clock(n_dmiss$clock)
    );
    top$perf$n_st_mem n_st_mem(
        .d(n_st_mem$d),
        .q(n_st_mem$q),
        .clock(n_st_mem$clock)
    );
    top$perf$n_st_ex n_st_ex(
        .d(n_st_ex$d),
        .q(n_st_ex$q),
        .clock(n_st_ex$clock)
    );
    top$perf$n_st_hazard n_st_hazard(
        .d(n_st_hazard$d),
        .q(n_st_hazard$q),
        .clock(n_st_hazard$clock)
    );
    top$perf$n_st_fetch n_st_fetch(
        .d(n_st_fetch$d),
        .q(n_st_fetch$q),
        .clock(n_st_fetch$clock)
    );
    top$perf$n_br_pred n_br_pred(
        .d(n_br_pred$d),
        .q(n_br_pred$q),
        .clock(n_br_pred$clock)
    );
    top$perf$n_br_redirect n_br_redirect(
        .d(n_br_redirect$d),
        .q(n_br_redirect$q),
        .clock(n_br_redirect$clock)
    );
    
    // Update code
    always @(*) begin
        n_cycles$clock = clock;
        n_issued$clock = clock;
        n_retired$clock = clock;
        n_imiss$clock = clock;
        n_dmiss$clock = clock;
        n_st_mem$clock = clock;
        n_st_ex$clock = clock;
        n_st_hazard$clock = clock;
        n_st_fetch$clock = clock;
        n_br_pred$clock = clock;
        n_br_redirect$clock = clock;
        n_cycles$d = n_cycles$q;
        n_issued$d = n_issued$q;
        n_retired$d = n_retired$q;
        n_imiss$d = n_imiss$q;
        n_dmiss$d = n_dmiss$q;
        n_st_mem$d = n_st_mem$q;
        n_st_ex$d = n_st_ex$q;
        n_st_hazard$d = n_st_hazard$q;
        n_st_fetch$d = n_st_fetch$q;
        n_br_pred$d = n_br_pred$q;
        n_br_redirect$d = n_br_redirect$q;
        n_cycles$d = n_cycles$q + 32'h1;
        if (ev$issued) begin
            n_issued$d = n_issued$q + 32'h1;
        end
        if (ev$retired) begin
            n_retired$d = n_retired$q + 32'h1;
        end
        if (ev$imiss) begin
            n_imiss$d = n_imiss$q + 32'h1;
        end
        if (ev$dmiss) begin
            n_dmiss$d = n_dmiss$q + 32'h1;
        end
        if (ev$st_mem) begin
            n_st_mem$d = n_st_mem$q + 32'h1;
        end
        if (ev$st_ex) begin
            n_st_ex$d = n_st_ex$q + 32'h1;
        end
        if (ev$st_hazard) begin
            n_st_hazard$d = n_st_hazard$q + 32'h1;
        end
        if (ev$st_fetch) begin
            n_st_fetch$d = n_st_fetch$q + 32'h1;
        end
        if (ev$br_pred) begin
            n_br_pred$d = n_br_pred$q + 32'h1;
        end
        if (ev$br_redirect) begin
            n_br_redirect$d = n_br_redirect$q + 32'h1;
        end
        if (reset) begin
            n_cycles$d = 32'h0;
            n_issued$d = 32'h0;
            n_retired$d = 32'h0;
            n_imiss$d = 32'h0;
            n_dmiss$d = 32'h0;
            n_st_mem$d = 32'h0;
            n_st_ex$d = 32'h0;
            n_st_hazard$d = 32'h0;
            n_st_fetch$d = 32'h0;
            n_br_pred$d = 32'h0;
            n_br_redirect$d = 32'h0;
        end
        cycles = n_cycles$q;
        issued = n_issued$q;
        retired = n_retired$q;
        imiss = n_imiss$q;
        dmiss = n_dmiss$q;
        st_mem = n_st_mem$q;
        st_ex = n_st_ex$q;
        st_hazard = n_st_hazard$q;
        st_fetch = n_st_fetch$q;
        br_pred = n_br_pred$q;
        br_redirect = n_br_redirect$q;
    end
    
endmodule // top$perf


module top$perf$n_br_pred(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_br_pred


module top$perf$n_br_redirect(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_br_redirect


module top$perf$n_cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_cycles


module top$perf$n_dmiss(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_dmiss


module top$perf$n_imiss(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_imiss


module top$perf$n_issued(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_issued


module top$perf$n_retired(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_retired


module top$perf$n_st_ex(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_st_ex


module top$perf$n_st_fetch(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_st_fetch


module top$perf$n_st_hazard(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_st_hazard


module top$perf$n_st_mem(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$perf$n_st_mem


module top$ram(clock,reset,latency,i$adr,i$dat_w,i$sel,i$we,i$cyc,i$stb,i$cti,i$bte,i$tga,i$dat_r,i$ack,i$err,d$adr,d$dat_w,d$sel,d$we,d$cyc,d$stb,d$cti,d$bte,d$tga,d$dat_r,d$ack,d$err,ld_we,ld_addr,ld_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] latency;
    input wire  [31:0] i$adr;
    input wire  [31:0] i$dat_w;
    input wire  [3:0] i$sel;
    input wire  i$we;
    input wire  i$cyc;
    input wire  i$stb;
    input wire  [2:0] i$cti;
    input wire  [1:0] i$bte;
    input wire  [7:0] i$tga;
    output reg  [31:0] i$dat_r;
    output reg  i$ack;
    output reg  i$err;
    input wire  [31:0] d$adr;
    input wire  [31:0] d$dat_w;
    input wire  [3:0] d$sel;
    input wire  d$we;
    input wire  d$cyc;
    input wire  d$stb;
    input wire  [2:0] d$cti;
    input wire  [1:0] d$bte;
    input wire  [7:0] d$tga;
    output reg  [31:0] d$dat_r;
    output reg  d$ack;
    output reg  d$err;
    input wire  ld_we;
    input wire  [31:0] ld_addr;
    input wire  [31:0] ld_data;
    
    // Constant declarations
    localparam  base = 32'h0;
    localparam  size = 32'h4000000;
    localparam  registered = 1'b0;
    
    // Stub signals
    reg  iport$clock;
    reg  iport$reset;
    reg  [7:0] iport$latency;
    reg  iport$registered;
    reg  [31:0] iport$adr;
    reg  iport$we;
    reg  iport$cyc;
    reg  iport$stb;
    reg  [2:0] iport$cti;
    wire  iport$ack;
    wire  [31:0] iport$mem_addr;
    wire  iport$mem_we;
    reg  dport$clock;
    reg  dport$reset;
    reg  [7:0] dport$latency;
    reg  dport$registered;
    reg  [31:0] dport$adr;
    reg  dport$we;
    reg  dport$cyc;
    reg  dport$stb;
    reg  [2:0] dport$cti;
    wire  dport$ack;
    wire  [31:0] dport$mem_addr;
    wire  dport$mem_we;
    reg  mem$clock;
    reg  [31:0] mem$a_addr;
    wire  [31:0] mem$a_rdata;
    reg  [31:0] mem$b_addr;
    reg  mem$b_we;
    reg  [3:0] mem$b_sel;
    reg  [31:0] mem$b_wdata;
    wire  [31:0] mem$b_rdata;
    reg  [31:0] a_addr$d;
    wire  [31:0] a_addr$q;
    reg  a_addr$clock;
    reg  [31:0] b_addr$d;
    wire  [31:0] b_addr$q;
    reg  b_addr$clock;
    reg  b_we$d;
    wire  b_we$q;
    reg  b_we$clock;
    reg  [3:0] b_sel$d;
    wire  [3:0] b_sel$q;
    reg  b_sel$clock;
    reg  [31:0] b_wdata$d;
    wire  [31:0] b_wdata$q;
    reg  b_wdata$clock;
    
    // Local signals
    reg  [31:0] ld_off;
    reg  ld_ok;
    reg  [31:0] pb_addr;
    reg  pb_we;
    reg  [3:0] pb_sel;
    reg  [31:0] pb_wdata;
    reg  unused_ok;
    
    // Sub module instances
    top$ram$iport iport(
        .clock(iport$clock),
        .reset(iport$reset),
        .latency(iport$latency),
        .registered(iport$registered),
        .adr(iport$adr),
        .we(iport$we),
        .cyc(iport$cyc),
        .stb(iport$stb),
        .cti(iport$cti),
        .ack(iport$ack),
        .mem_addr(iport$mem_addr),
        .mem_we(iport$mem_we)
    );
    top$ram$dport dport(
        .clock(dport$clock),
        .reset(dport$reset),
        .latency(dport$latency),
        .registered(dport$registered),
        .adr(dport$adr),
        .we(dport$we),
        .cyc(dport$cyc),
        .stb(dport$stb),
        .cti(dport$cti),
        .ack(dport$ack),
        .mem_addr(dport$mem_addr),
        .mem_we(dport$mem_we)
    );
    top$ram$mem mem(
        .clock(mem$clock),
        .a_addr(mem$a_addr),
        .a_rdata(mem$a_rdata),
        .b_addr(mem$b_addr),
        .b_we(mem$b_we),
        .b_sel(mem$b_sel),
        .b_wdata(mem$b_wdata),
        .b_rdata(mem$b_rdata)
    );
    top$ram$a_addr a_addr(
        .d(a_addr$d),
        .q(a_addr$q),
        .clock(a_addr$clock)
    );
    top$ram$b_addr b_addr(
        .d(b_addr$d),
        .q(b_addr$q),
        .clock(b_addr$clock)
    );
    top$ram$b_we b_we(
        .d(b_we$d),
        .q(b_we$q),
        .clock(b_we$clock)
    );
    top$ram$b_sel b_sel(
        .d(b_sel$d),
        .q(b_sel$q),
        .clock(b_sel$clock)
    );
    top$ram$b_wdata b_wdata(
        .d(b_wdata$d),
        .q(b_wdata$q),
        .clock(b_wdata$clock)
    );
    
    // Update code
    always @(*) begin
        a_addr$clock = clock;
        b_addr$clock = clock;
        b_we$clock = clock;
        b_sel$clock = clock;
        b_wdata$clock = clock;
        a_addr$d = a_addr$q;
        b_addr$d = b_addr$q;
        b_we$d = b_we$q;
        b_sel$d = b_sel$q;
        b_wdata$d = b_wdata$q;
        iport$registered = registered;
        dport$registered = registered;
        iport$clock = clock;
        dport$clock = clock;
        mem$clock = clock;
        iport$reset = reset;
        dport$reset = reset;
        iport$latency = latency;
        dport$latency = latency;
        iport$adr = i$adr;
        iport$we = 1'b0;
        iport$cyc = i$cyc;
        iport$stb = i$stb;
        iport$cti = i$cti;
        i$ack = iport$ack;
        i$err = 1'b0;
        i$dat_r = mem$a_rdata;
        a_addr$d = iport$mem_addr;
        mem$a_addr = iport$mem_addr;
        if (registered) begin
            mem$a_addr = a_addr$q;
        end
        dport$adr = d$adr;
        dport$we = d$we;
        dport$cyc = d$cyc;
        dport$stb = d$stb;
        dport$cti = d$cti;
        d$ack = dport$ack;
        d$err = 1'b0;
        d$dat_r = mem$b_rdata;
        ld_off = ld_addr - base;
        ld_ok = reset & ld_we & (ld_off < size);
        pb_addr = dport$mem_addr;
        pb_we = dport$mem_we;
        pb_sel = d$sel;
        pb_wdata = d$dat_w;
        if (ld_ok) begin
            pb_addr = ld_addr;
            pb_we = 1'b1;
            pb_sel = 32'hf;
            pb_wdata = ld_data;
        end
        b_addr$d = pb_addr;
        b_we$d = pb_we;
        b_sel$d = pb_sel;
        b_wdata$d = pb_wdata;
        mem$b_addr = pb_addr;
        mem$b_we = pb_we;
        mem$b_sel = pb_sel;
        mem$b_wdata = pb_wdata;
        if (registered) begin
            mem$b_addr = b_addr$q;
            mem$b_we = b_we$q;
            mem$b_sel = b_sel$q;
            mem$b_wdata = b_wdata$q;
        end
        unused_ok = i$we | |i$sel | |i$dat_w | |i$bte | |i$tga | |d$bte | |d$tga;
    end
    
endmodule // top$ram


module top$ram$a_addr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$a_addr


module top$ram$b_addr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$b_addr


module top$ram$b_sel(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$b_sel


module top$ram$b_wdata(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$b_wdata


module top$ram$b_we(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$b_we


module top$ram$dport(clock,reset,latency,registered,adr,we,cyc,stb,cti,ack,mem_addr,mem_we);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] latency;
    input wire  registered;
    input wire  [31:0] adr;
    input wire  we;
    input wire  cyc;
    input wire  stb;
    input wire  [2:0] cti;
    output reg  ack;
    output reg  [31:0] mem_addr;
    output reg  mem_we;
    
    // Constant declarations
    localparam  adr_mask = 32'h3ffffff;
    localparam  holds = 1'b1;
    
    // Stub signals
    reg  ready$d;
    wire  ready$q;
    reg  ready$clock;
    reg  [31:0] exp_adr$d;
    wire  [31:0] exp_adr$q;
    reg  exp_adr$clock;
    reg  exp_we$d;
    wire  exp_we$q;
    reg  exp_we$clock;
    reg  waiting$d;
    wire  waiting$q;
    reg  waiting$clock;
    reg  [7:0] cnt$d;
    wire  [7:0] cnt$q;
    reg  cnt$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  ahead$d;
    wire  ahead$q;
    reg  ahead$clock;
    
    // Local signals
    reg  same;
    reg  req;
    reg  hit;
    reg  issue;
    
    // Sub module instances
    top$ram$dport$ready ready(
        .d(ready$d),
        .q(ready$q),
        .clock(ready$clock)
    );
    top$ram$dport$exp_adr exp_adr(
        .d(exp_adr$d),
        .q(exp_adr$q),
        .clock(exp_adr$clock)
    );
    top$ram$dport$exp_we exp_we(
        .d(exp_we$d),
        .q(exp_we$q),
        .clock(exp_we$clock)
    );
    top$ram$dport$waiting waiting(
        .d(waiting$d),
        .q(waiting$q),
        .clock(waiting$clock)
    );
    top$ram$dport$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$ram$dport$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$ram$dport$ahead ahead(
        .d(ahead$d),
        .q(ahead$q),
        .clock(ahead$clock)
    );
    
    // Update code
    always @(*) begin
        ready$clock = clock;
        exp_adr$clock = clock;
        exp_we$clock = clock;
        waiting$clock = clock;
        cnt$clock = clock;
        pend$clock = clock;
        ahead$clock = clock;
        ready$d = ready$q;
        exp_adr$d = exp_adr$q;
        exp_we$d = exp_we$q;
        waiting$d = waiting$q;
        cnt$d = cnt$q;
        pend$d = pend$q;
        ahead$d = ahead$q;
        req = cyc & stb;
        same = holds | ((adr & adr_mask) == (exp_adr$q & adr_mask));
        hit = ready$q & req & same & (we == exp_we$q);
        if (holds) begin
            hit = ready$q & cyc;
        end
        ack = hit;
        mem_we = hit & we;
        mem_addr = adr;
        if (ready$q & same & ~we & ~exp_we$q & (cti == 32'h2)) begin
            mem_addr = adr + 32'h4;
        end
        issue = 1'b0;
        ready$d = 1'b0;
        waiting$d = 1'b0;
        pend$d = 1'b0;
        ahead$d = 1'b0;
        if (hit) begin
            if (cti == 32'h2) begin
                ready$d = 1'b1;
                exp_adr$d = adr + 32'h4;
                exp_we$d = we;
                if (registered & ~we) begin
                    ready$d = ahead$q;
                    pend$d = ~ahead$q;
                    ahead$d = ahead$q;
                    mem_addr = exp_adr$q + 32'h4;
                    if (ahead$q) begin
                        mem_addr = exp_adr$q + 32'h8;
                    end
                end
            end
        end
        else if (registered & pend$q) begin
            ready$d = 1'b1;
            mem_addr = exp_adr$q + 32'h4;
            ahead$d = (cti == 32'h2) & ~exp_we$q;
        end
        else if (req) begin
            if (waiting$q) begin
                if (cnt$q == 32'h0) begin
                    issue = 1'b1;
                end
                else begin
                    waiting$d = 1'b1;
                    cnt$d = cnt$q - 32'h1;
                end
            end
            else if (latency == 32'h0) begin
                issue = 1'b1;
            end
            else begin
                waiting$d = 1'b1;
                cnt$d = latency - 32'h1;
            end
        end
        if (issue) begin
            ready$d = 1'b1;
            exp_adr$d = adr;
            exp_we$d = we;
            if (registered & ~we) begin
                ready$d = 1'b0;
                pend$d = 1'b1;
            end
        end
        if (reset) begin
            ready$d = 1'b0;
            waiting$d = 1'b0;
            pend$d = 1'b0;
            ahead$d = 1'b0;
            mem_we = 1'b0;
            ack = 1'b0;
        end
    end
    
endmodule // top$ram$dport


module top$ram$dport$ahead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$dport$ahead


module top$ram$dport$cnt(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$dport$cnt


module top$ram$dport$exp_adr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$dport$exp_adr


module top$ram$dport$exp_we(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$dport$exp_we


module top$ram$dport$pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$dport$pend


module top$ram$dport$ready(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$dport$ready


module top$ram$dport$waiting(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$dport$waiting


module top$ram$iport(clock,reset,latency,registered,adr,we,cyc,stb,cti,ack,mem_addr,mem_we);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] latency;
    input wire  registered;
    input wire  [31:0] adr;
    input wire  we;
    input wire  cyc;
    input wire  stb;
    input wire  [2:0] cti;
    output reg  ack;
    output reg  [31:0] mem_addr;
    output reg  mem_we;
    
    // Constant declarations
    localparam  adr_mask = 32'h3ffffff;
    localparam  holds = 1'b0;
    
    // Stub signals
    reg  ready$d;
    wire  ready$q;
    reg  ready$clock;
    reg  [31:0] exp_adr$d;
    wire  [31:0] exp_adr$q;
    reg  exp_adr$clock;
    reg  exp_we$d;
    wire  exp_we$q;
    reg  exp_we$clock;
    reg  waiting$d;
    wire  waiting$q;
    reg  waiting$clock;
    reg  [7:0] cnt$d;
    wire  [7:0] cnt$q;
    reg  cnt$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  ahead$d;
    wire  ahead$q;
    reg  ahead$clock;
    
    // Local signals
    reg  same;
    reg  req;
    reg  hit;
    reg  issue;
    
    // Sub module instances
    top$ram$iport$ready ready(
        .d(ready$d),
        .q(ready$q),
        .clock(ready$clock)
    );
    top$ram$iport$exp_adr exp_adr(
        .d(exp_adr$d),
        .q(exp_adr$q),
        .clock(exp_adr$clock)
    );
    top$ram$iport$exp_we exp_we(
        .d(exp_we$d),
        .q(exp_we$q),
        .clock(exp_we$clock)
    );
    top$ram$iport$waiting waiting(
        .d(waiting$d),
        .q(waiting$q),
        .clock(waiting$clock)
    );
    top$ram$iport$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$ram$iport$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$ram$iport$ahead ahead(
        .d(ahead$d),
        .q(ahead$q),
        .clock(ahead$clock)
    );
    
    // Update code
    always @(*) begin
        ready$clock = clock;
        exp_adr$clock = clock;
        exp_we$clock = clock;
        waiting$clock = clock;
        cnt$clock = clock;
        pend$clock = clock;
        ahead$clock = clock;
        ready$d = ready$q;
        exp_adr$d = exp_adr$q;
        exp_we$d = exp_we$q;
        waiting$d = waiting$q;
        cnt$d = cnt$q;
        pend$d = pend$q;
        ahead$d = ahead$q;
        req = cyc & stb;
        same = holds | ((adr & adr_mask) == (exp_adr$q & adr_mask));
        hit = ready$q & req & same & (we == exp_we$q);
        if (holds) begin
            hit = ready$q & cyc;
        end
        ack = hit;
        mem_we = hit & we;
        mem_addr = adr;
        if (ready$q & same & ~we & ~exp_we$q & (cti == 32'h2)) begin
            mem_addr = adr + 32'h4;
        end
        issue = 1'b0;
        ready$d = 1'b0;
        waiting$d = 1'b0;
        pend$d = 1'b0;
        ahead$d = 1'b0;
        if (hit) begin
            if (cti == 32'h2) begin
                ready$d = 1'b1;
                exp_adr$d = adr + 32'h4;
                exp_we$d = we;
                if (registered & ~we) begin
                    ready$d = ahead$q;
                    pend$d = ~ahead$q;
                    ahead$d = ahead$q;
                    mem_addr = exp_adr$q + 32'h4;
                    if (ahead$q) begin
                        mem_addr = exp_adr$q + 32'h8;
                    end
                end
            end
        end
        else if (registered & pend$q) begin
            ready$d = 1'b1;
            mem_addr = exp_adr$q + 32'h4;
            ahead$d = (cti == 32'h2) & ~exp_we$q;
        end
        else if (req) begin
            if (waiting$q) begin
                if (cnt$q == 32'h0) begin
                    issue = 1'b1;
                end
                else begin
                    waiting$d = 1'b1;
                    cnt$d = cnt$q - 32'h1;
                end
            end
            else if (latency == 32'h0) begin
                issue = 1'b1;
            end
            else begin
                waiting$d = 1'b1;
                cnt$d = latency - 32'h1;
            end
        end
        if (issue) begin
            ready$d = 1'b1;
            exp_adr$d = adr;
            exp_we$d = we;
            if (registered & ~we) begin
                ready$d = 1'b0;
                pend$d = 1'b1;
            end
        end
        if (reset) begin
            ready$d = 1'b0;
            waiting$d = 1'b0;
            pend$d = 1'b0;
            ahead$d = 1'b0;
            mem_we = 1'b0;
            ack = 1'b0;
        end
    end
    
endmodule // top$ram$iport


module top$ram$iport$ahead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$iport$ahead


module top$ram$iport$cnt(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$iport$cnt


module top$ram$iport$exp_adr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$iport$exp_adr


module top$ram$iport$exp_we(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$iport$exp_we


module top$ram$iport$pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$iport$pend


module top$ram$iport$ready(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$iport$ready


module top$ram$iport$waiting(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ram$iport$waiting


module top$ram$mem(clock,a_addr,a_rdata,b_addr,b_we,b_sel,b_wdata,b_rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] a_addr;
    output reg  [31:0] a_rdata;
    input wire  [31:0] b_addr;
    input wire  b_we;
    input wire  [3:0] b_sel;
    input wire  [31:0] b_wdata;
    output reg  [31:0] b_rdata;
    
    // Update code (custom)
    reg [31:0] cells [0:16777215];
    integer i;
    initial begin
    `ifdef VERILATOR
        for (i = 0; i <= 16777215; i = i + 1) cells[i] = 32'h0;
    `endif
    end
    wire _unused_ok = &{1'b0, a_addr[31:26], a_addr[1:0], b_addr[31:26], b_addr[1:0], 1'b0};
    always @(posedge clock) begin
        a_rdata <= cells[a_addr[25:2]];
    end
    always @(posedge clock) begin
        if (b_we & b_sel[3]) cells[b_addr[25:2]][31:24] <= b_wdata[31:24];
        if (b_we & b_sel[2]) cells[b_addr[25:2]][23:16] <= b_wdata[23:16];
        if (b_we & b_sel[1]) cells[b_addr[25:2]][15:8] <= b_wdata[15:8];
        if (b_we & b_sel[0]) cells[b_addr[25:2]][7:0] <= b_wdata[7:0];
        b_rdata <= cells[b_addr[25:2]];
    end
endmodule // top$ram$mem


module top$run(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$run


module top$uart(clock,reset,wb$adr,wb$dat_w,wb$sel,wb$we,wb$cyc,wb$stb,wb$cti,wb$bte,wb$tga,wb$dat_r,wb$ack,wb$err,irq,tx_valid,tx_data,txd);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] wb$adr;
    input wire  [31:0] wb$dat_w;
    input wire  [3:0] wb$sel;
    input wire  wb$we;
    input wire  wb$cyc;
    input wire  wb$stb;
    input wire  [2:0] wb$cti;
    input wire  [1:0] wb$bte;
    input wire  [7:0] wb$tga;
    output reg  [31:0] wb$dat_r;
    output reg  wb$ack;
    output reg  wb$err;
    output reg  irq;
    output reg  tx_valid;
    output reg  [7:0] tx_data;
    output reg  txd;
    
    // Constant declarations
    localparam  line_paced = 1'b0;
    localparam  dl_reset = 16'h0;
    localparam  off_rbr = 3'b0;
    localparam  off_ier = 3'b1;
    localparam  off_iir = 3'b10;
    localparam  off_lcr = 3'b11;
    localparam  off_mcr = 3'b100;
    localparam  off_lsr = 3'b101;
    localparam  off_msr = 3'b110;
    localparam  off_scr = 3'b111;
    localparam  ier_thri = 8'h2;
    localparam  iir_no_int = 8'h1;
    localparam  iir_thri = 8'h2;
    localparam  iir_fifo = 8'hc0;
    localparam  fcr_enable = 8'h1;
    localparam  lcr_dlab = 8'h80;
    localparam  lsr_thre = 8'h20;
    localparam  lsr_temt = 8'h40;
    localparam  msr_ready = 8'hb0;
    
    // Stub signals
    reg  tx$clock;
    reg  tx$reset;
    reg  [15:0] tx$divisor;
    reg  tx$write;
    reg  [7:0] tx$data;
    wire  tx$txd;
    wire  tx$thr_empty;
    wire  tx$idle;
    wire  tx$moved;
    reg  [7:0] ier$d;
    wire  [7:0] ier$q;
    reg  ier$clock;
    reg  [7:0] lcr$d;
    wire  [7:0] lcr$q;
    reg  lcr$clock;
    reg  [7:0] mcr$d;
    wire  [7:0] mcr$q;
    reg  mcr$clock;
    reg  [7:0] scr$d;
    wire  [7:0] scr$q;
    reg  scr$clock;
    reg  [7:0] dll$d;
    wire  [7:0] dll$q;
    reg  dll$clock;
    reg  [7:0] dlm$d;
    wire  [7:0] dlm$q;
    reg  dlm$clock;
    reg  fifo_en$d;
    wire  fifo_en$q;
    reg  fifo_en$clock;
    reg  thr_pending$d;
    wire  thr_pending$q;
    reg  thr_pending$clock;
    reg  ack_q$d;
    wire  ack_q$q;
    reg  ack_q$clock;
    reg  tx_valid_q$d;
    wire  tx_valid_q$q;
    reg  tx_valid_q$clock;
    reg  [7:0] tx_data_q$d;
    wire  [7:0] tx_data_q$q;
    reg  tx_data_q$clock;
    
    // Local signals
    reg  req;
    reg  hit;
    reg  dlab;
    reg  [2:0] off;
    reg  [7:0] wbyte;
    reg  [7:0] rbyte;
    reg  [7:0] iir;
    reg  [7:0] lsr;
    reg  thri_on;
    reg  unused_ok;
    
    // Sub module instances
    top$uart$tx tx(
        .clock(tx$clock),
        .reset(tx$reset),
        .divisor(tx$divisor),
        .write(tx$write),
        .data(tx$data),
        .txd(tx$txd),
        .thr_empty(tx$thr_empty),
        .idle(tx$idle),
        .moved(tx$moved)
    );
    top$uart$ier ier(
        .d(ier$d),
        .q(ier$q),
        .clock(ier$clock)
    );
    top$uart$lcr lcr(
        .d(lcr$d),
        .q(lcr$q),
        .clock(lcr$clock)
    );
    top$uart$mcr mcr(
        .d(mcr$d),
        .q(mcr$q),
        .clock(mcr$clock)
    );
    top$uart$scr scr(
        .d(scr$d),
        .q(scr$q),
        .clock(scr$clock)
    );
    top$uart$dll dll(
        .d(dll$d),
        .q(dll$q),
        .clock(dll$clock)
    );
    top$uart$dlm dlm(
        .d(dlm$d),
        .q(dlm$q),
        .clock(dlm$clock)
    );
    top$uart$fifo_en fifo_en(
        .d(fifo_en$d),
        .q(fifo_en$q),
        .clock(fifo_en$clock)
    );
    top$uart$thr_pending thr_pending(
        .d(thr_pending$d),
        .q(thr_pending$q),
        .clock(thr_pending$clock)
    );
    top$uart$ack_q ack_q(
        .d(ack_q$d),
        .q(ack_q$q),
        .clock(ack_q$clock)
    );
    top$uart$tx_valid_q tx_valid_q(
        .d(tx_valid_q$d),
        .q(tx_valid_q$q),
        .clock(tx_valid_q$clock)
    );
    top$uart$tx_data_q tx_data_q(
        .d(tx_data_q$d),
        .q(tx_data_q$q),
        .clock(tx_data_q$clock)
    );
    
    // Update code
    always @(*) begin
        ier$clock = clock;
        lcr$clock = clock;
        mcr$clock = clock;
        scr$clock = clock;
        dll$clock = clock;
        dlm$clock = clock;
        fifo_en$clock = clock;
        thr_pending$clock = clock;
        ack_q$clock = clock;
        tx_valid_q$clock = clock;
        tx_data_q$clock = clock;
        ier$d = ier$q;
        lcr$d = lcr$q;
        mcr$d = mcr$q;
        scr$d = scr$q;
        dll$d = dll$q;
        dlm$d = dlm$q;
        fifo_en$d = fifo_en$q;
        thr_pending$d = thr_pending$q;
        ack_q$d = ack_q$q;
        tx_valid_q$d = tx_valid_q$q;
        tx_data_q$d = tx_data_q$q;
        tx$clock = clock;
        tx$reset = reset;
        tx$divisor = (((dlm$q) & 16'hffff) << 32'h8) | ((dll$q) & 16'hffff);
        tx$write = 1'b0;
        req = wb$cyc & wb$stb;
        hit = ack_q$q & wb$cyc;
        wb$ack = hit;
        ack_q$d = req & (~ack_q$q);
        wb$err = 1'b0;
        unused_ok = |wb$cti | |wb$bte | |wb$tga;
        dlab = (lcr$q & lcr_dlab) != 32'h0;
        off = ((wb$adr & 64'h4) & 3'h7) | 64'h3;
        wbyte = wb$dat_w[(32'h18)+:(8)];
        if (wb$sel[32'h3]) begin
            off = ((wb$adr & 64'h4) & 3'h7);
        end
        else if (wb$sel[32'h2]) begin
            off = ((wb$adr & 64'h4) & 3'h7) | 64'h1;
        end
        else if (wb$sel[32'h1]) begin
            off = ((wb$adr & 64'h4) & 3'h7) | 64'h2;
        end
        if (wb$sel[32'h0]) begin
            wbyte = wb$dat_w[(32'h0)+:(8)];
        end
        else if (wb$sel[32'h1]) begin
            wbyte = wb$dat_w[(32'h8)+:(8)];
        end
        else if (wb$sel[32'h2]) begin
            wbyte = wb$dat_w[(32'h10)+:(8)];
        end
        tx$data = wbyte;
        iir = iir_no_int;
        if (((ier$q & ier_thri) != 32'h0) & thr_pending$q) begin
            iir = iir_thri;
        end
        if (fifo_en$q) begin
            iir = iir | iir_fifo;
        end
        lsr = lsr_thre | lsr_temt;
        if (line_paced) begin
            lsr = 32'h0;
            if (tx$thr_empty) begin
                lsr = lsr_thre;
            end
            if (tx$idle) begin
                lsr = lsr | lsr_temt;
            end
        end
        irq = ((ier$q & ier_thri) != 32'h0) & thr_pending$q;
        rbyte = 32'h0;
        if (off == off_rbr) begin
            if (dlab) begin
                rbyte = dll$q;
            end
        end
        else if (off == off_ier) begin
            rbyte = ier$q;
            if (dlab) begin
                rbyte = dlm$q;
            end
        end
        else if (off == off_iir) begin
            rbyte = iir;
        end
        else if (off == off_lcr) begin
            rbyte = lcr$q;
        end
        else if (off == off_mcr) begin
            rbyte = mcr$q;
        end
        else if (off == off_lsr) begin
            rbyte = lsr;
        end
        else if (off == off_msr) begin
            rbyte = msr_ready;
        end
        else if (off == off_scr) begin
            rbyte = scr$q;
        end
        wb$dat_r = ((rbyte) & 32'hffffffff) << 32'h18;
        if (wb$sel[32'h0]) begin
            wb$dat_r = ((rbyte) & 32'hffffffff);
        end
        else if (wb$sel[32'h1]) begin
            wb$dat_r = ((rbyte) & 32'hffffffff) << 32'h8;
        end
        else if (wb$sel[32'h2]) begin
            wb$dat_r = ((rbyte) & 32'hffffffff) << 32'h10;
        end
        if (line_paced & tx$moved) begin
            thr_pending$d = 1'b1;
        end
        tx_valid_q$d = 1'b0;
        thri_on = ((wbyte & ier_thri) != 32'h0) & ((ier$q & ier_thri) == 32'h0);
        if (hit & wb$we) begin
            if (off == off_rbr) begin
                if (dlab) begin
                    dll$d = wbyte;
                end
                else begin
                    tx_valid_q$d = 1'b1;
                    tx_data_q$d = wbyte;
                    tx$write = 1'b1;
                    thr_pending$d = ~line_paced;
                end
            end
            else if (off == off_ier) begin
                if (dlab) begin
                    dlm$d = wbyte;
                end
                else begin
                    ier$d = wbyte & 64'hf;
                    if (thri_on & ((~line_paced) | tx$thr_empty)) begin
                        thr_pending$d = 1'b1;
                    end
                end
            end
            else if (off == off_iir) begin
                fifo_en$d = (wbyte & fcr_enable) != 32'h0;
            end
            else if (off == off_lcr) begin
                lcr$d = wbyte;
            end
            else if (off == off_mcr) begin
                mcr$d = wbyte & 64'h1f;
            end
            else if (off == off_scr) begin
                scr$d = wbyte;
            end
        end
        if (hit & (~wb$we) & (off == off_iir) & ((iir & 64'hf) == iir_thri)) begin
            thr_pending$d = 1'b0;
        end
        tx_valid = tx_valid_q$q;
        tx_data = tx_data_q$q;
        txd = tx$txd;
        if (reset) begin
            ier$d = 32'h0;
            lcr$d = 32'h0;
            mcr$d = 32'h0;
            scr$d = 32'h0;
            dll$d = dl_reset[(32'h0)+:(8)];
            dlm$d = dl_reset[(32'h8)+:(8)];
            fifo_en$d = 1'b0;
            thr_pending$d = 1'b0;
            ack_q$d = 1'b0;
            tx_valid_q$d = 1'b0;
            wb$ack = 1'b0;
        end
    end
    
endmodule // top$uart


module top$uart$ack_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$ack_q


module top$uart$dll(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$dll


module top$uart$dlm(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$dlm


module top$uart$fifo_en(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$fifo_en


module top$uart$ier(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$ier


module top$uart$lcr(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$lcr


module top$uart$mcr(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$mcr


module top$uart$scr(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$scr


module top$uart$thr_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$thr_pending


module top$uart$tx(clock,reset,divisor,write,data,txd,thr_empty,idle,moved);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] divisor;
    input wire  write;
    input wire  [7:0] data;
    output reg  txd;
    output reg  thr_empty;
    output reg  idle;
    output reg  moved;
    
    // Stub signals
    reg  [7:0] hold$d;
    wire  [7:0] hold$q;
    reg  hold$clock;
    reg  hold_full$d;
    wire  hold_full$q;
    reg  hold_full$clock;
    reg  [9:0] shift$d;
    wire  [9:0] shift$q;
    reg  shift$clock;
    reg  [3:0] left$d;
    wire  [3:0] left$q;
    reg  left$clock;
    reg  [19:0] cnt$d;
    wire  [19:0] cnt$q;
    reg  cnt$clock;
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    
    // Local signals
    reg  [19:0] period;
    
    // Sub module instances
    top$uart$tx$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    top$uart$tx$hold_full hold_full(
        .d(hold_full$d),
        .q(hold_full$q),
        .clock(hold_full$clock)
    );
    top$uart$tx$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$uart$tx$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$uart$tx$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$uart$tx$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        hold_full$clock = clock;
        shift$clock = clock;
        left$clock = clock;
        cnt$clock = clock;
        busy$clock = clock;
        hold$d = hold$q;
        hold_full$d = hold_full$q;
        shift$d = shift$q;
        left$d = left$q;
        cnt$d = cnt$q;
        busy$d = busy$q;
        period = ((divisor) & 20'hfffff) << 32'h4;
        if (divisor == 32'h0) begin
            period = 32'h10;
        end
        moved = 1'b0;
        if (busy$q) begin
            if (cnt$q == 32'h0) begin
                cnt$d = period - 32'h1;
                shift$d = (shift$q >> 32'h1) | 64'h200;
                left$d = left$q - 32'h1;
                if (left$q == 32'h1) begin
                    busy$d = 1'b0;
                end
            end
            else begin
                cnt$d = cnt$q - 32'h1;
            end
        end
        else if (hold_full$q) begin
            shift$d = (((hold$q) & 10'h3ff) << 32'h1) | 64'h200;
            left$d = 32'ha;
            cnt$d = period - 32'h1;
            busy$d = 1'b1;
            hold_full$d = 1'b0;
            moved = 1'b1;
        end
        if (write & (~hold_full$q)) begin
            hold$d = data;
            hold_full$d = 1'b1;
        end
        txd = (~busy$q) | shift$q[32'h0];
        thr_empty = ~hold_full$q;
        idle = (~hold_full$q) & (~busy$q);
        if (reset) begin
            busy$d = 1'b0;
            hold_full$d = 1'b0;
        end
    end
    
endmodule // top$uart$tx


module top$uart$tx$busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx$busy


module top$uart$tx$cnt(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx$cnt


module top$uart$tx$hold(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx$hold


module top$uart$tx$hold_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx$hold_full


module top$uart$tx$left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx$left


module top$uart$tx$shift(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx$shift


module top$uart$tx_data_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx_data_q


module top$uart$tx_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uart$tx_valid_q
