// A stand-in `top` with the frozen SoC port list, to test verilator-sys's
// plumbing without the real SoC (build with
// VMSP_SOC_VERILOG=sim/verilator-sys/tests/top_stub.v VMSP_SOC_RAM_SIZE=0x10000).
//
// Behaviour (checked by tests/stub.rs): 64 KiB of RAM written through ld_*;
// after reset a fake "core" retires the word at pc (from 0x100, pc += 4),
// one word every 1 + mem_latency cycles, with
//   rd = pc[6:2] <- ~insn, sr = 0x8001 | (insn[0] ? SR_F : 0), r3 = pc,
//   a store record (pc, 4, insn) when insn[1], exception 0x700 when insn[2];
// insn 0x15XX0004 also strobes byte XX on the UART, insn 0x15XX0008 strobes
// the finisher with (XX << 16) | 0x3333.
module top (
    input  wire        clock,
    input  wire        reset,
    input  wire [7:0]  mem_latency,
    input  wire        ld_we,
    input  wire [31:0] ld_addr,
    input  wire [31:0] ld_data,
    output reg         uart_tx_valid,
    output reg  [7:0]  uart_tx_data,
    output wire        uart_txd,
    output reg         finish_valid,
    output reg  [31:0] finish_data,
    output reg         rt_valid,
    output reg  [31:0] rt_pc,
    output reg  [31:0] rt_insn,
    output reg         rt_rd_we,
    output reg  [4:0]  rt_rd,
    output reg  [31:0] rt_rd_val,
    output reg  [31:0] rt_sr,
    output reg         rt_mw_valid,
    output reg  [31:0] rt_mw_addr,
    output reg  [2:0]  rt_mw_size,
    output reg  [31:0] rt_mw_data,
    output reg         rt_exc_valid,
    output reg  [31:0] rt_exc_vec,
    output reg         rt_intr,
    output reg  [31:0] rt_r3
);
    reg [31:0] mem [0:16383];
    reg [31:0] pc;
    reg [7:0] wait_cnt;
    wire [31:0] insn = mem[pc[15:2]];
    // inputs registered once, as in the SoC (the harness releases reset with one extra tick)
    reg reset_q = 1'b1;
    reg [7:0] mem_latency_q = 8'h0;
    always @(posedge clock) begin
        reset_q <= reset;
        mem_latency_q <= mem_latency;
    end
    wire fire = !reset_q && wait_cnt == mem_latency_q;
    integer i;
    initial begin
        for (i = 0; i < 16384; i = i + 1) mem[i] = 32'h0;
        pc = 32'h100;
        wait_cnt = 8'h0;
        rt_valid = 1'b0;
        uart_tx_valid = 1'b0;
        finish_valid = 1'b0;
    end
    assign uart_txd = 1'b1;
    always @(posedge clock) begin
        if (ld_we) mem[ld_addr[15:2]] <= ld_data;
        if (reset_q) begin
            pc <= 32'h100;
            wait_cnt <= 8'h0;
        end else if (fire) begin
            pc <= pc + 32'h4;
            wait_cnt <= 8'h0;
        end else begin
            wait_cnt <= wait_cnt + 8'h1;
        end
        rt_valid <= fire;
        rt_pc <= pc;
        rt_insn <= insn;
        rt_rd_we <= fire;
        rt_rd <= pc[6:2];
        rt_rd_val <= ~insn;
        rt_sr <= 32'h8001 | (insn[0] ? 32'h200 : 32'h0);
        rt_mw_valid <= fire && insn[1];
        rt_mw_addr <= pc;
        rt_mw_size <= 3'd4;
        rt_mw_data <= insn;
        rt_exc_valid <= fire && insn[2];
        rt_exc_vec <= 32'h700;
        rt_intr <= 1'b0;
        rt_r3 <= pc;
        uart_tx_valid <= fire && insn[31:24] == 8'h15 && insn[7:0] == 8'h04;
        uart_tx_data <= insn[23:16];
        finish_valid <= fire && insn[31:24] == 8'h15 && insn[7:0] == 8'h08;
        finish_data <= {8'h0, insn[23:16], 16'h3333};
    end
endmodule
