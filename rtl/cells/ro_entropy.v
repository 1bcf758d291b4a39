// vmsp_ro_entropy: free-running ring-oscillator entropy cell for the FPGA.
//
// Four rings of odd length (3, 5, 7, 11 inverters) oscillate on their own;
// their outputs are XORed and sampled by two flops in the system clock
// domain (the first flop may go metastable; the second resolves it).
// The jitter of the rings relative to `clk` is the entropy; its amount is
// NOT characterised here (see docs/TRNG.md: security notes).
//
// Synthesis: every ring net carries (* keep *) so yosys does not fold the
// inverter chain; nextpnr reports the combinational loops as expected.
//
// Simulation: this cell is a set of combinational loops; Verilator cannot
// simulate it as noise (it would either refuse to converge or produce a
// constant). Simulation builds use NoiseModel instead (TrngConfig picks the
// source type). The Verilator lint of this file passes with one
// in-source waiver (UNOPTFLAT around the ring nets: the loops are the point).
module vmsp_ro_entropy (
    input  wire clk,
    output wire bit_out,
    output wire bit_valid
);
    // Waiver: the rings are intentional combinational loops; Verilator's
    // UNOPTFLAT ("circular combinational logic") is exactly what they are.
    /* verilator lint_off UNOPTFLAT */
    (* keep *) wire [2:0]  ring3;
    (* keep *) wire [4:0]  ring5;
    (* keep *) wire [6:0]  ring7;
    (* keep *) wire [10:0] ring11;
    /* verilator lint_on UNOPTFLAT */

    // Each stage inverts its predecessor; an odd number of inversions
    // around the loop has no stable state, so the ring oscillates.
    assign ring3[0]  = ~ring3[2];
    assign ring3[2:1] = ~ring3[1:0];
    assign ring5[0]  = ~ring5[4];
    assign ring5[4:1] = ~ring5[3:0];
    assign ring7[0]  = ~ring7[6];
    assign ring7[6:1] = ~ring7[5:0];
    assign ring11[0] = ~ring11[10];
    assign ring11[10:1] = ~ring11[9:0];

    (* keep *) wire mix = ring3[2] ^ ring5[4] ^ ring7[6] ^ ring11[10];

    // Two-flop synchroniser into the clk domain; valid after both flops
    // have been loaded once.
    reg sample0 = 1'b0;
    reg sample1 = 1'b0;
    reg [1:0] fill = 2'b00;
    always @(posedge clk) begin
        sample0 <= mix;
        sample1 <= sample0;
        if (fill != 2'b11) fill <= fill + 2'b01;
    end
    assign bit_out = sample1;
    assign bit_valid = (fill == 2'b11);
endmodule
