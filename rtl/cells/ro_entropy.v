// vmsp_ro_entropy: free-running ring-oscillator entropy cell for the FPGA.
//
// Four rings of odd length (3, 5, 7, 11 inverters) oscillate on their own;
// their outputs are XORed and sampled by two flops in the system clock
// domain (the first flop may go metastable; the second resolves it).
// The jitter of the rings relative to `clk` is the entropy; its amount is
// NOT characterised here (see docs/TRNG.md: security notes).
//
// Synthesis: every inverter is its own `vmsp_ro_inv` stage, which under
// SYNTHESIS is an explicit ECP5 LUT4 (Z = ~A) instance marked (* keep *).
// Plain `assign ~x` chains with (* keep *) wires are not enough: yosys folds
// each whole ring into one LUT (measured: 4 LUT4 for the four rings), and
// then the rings are not the rings described here. nextpnr reports the
// combinational loops as expected.
//
// Simulation: this cell is a set of combinational loops; Verilator cannot
// simulate it as noise (it would either refuse to converge or produce a
// constant). Simulation builds use NoiseModel instead (TrngConfig picks the
// source type). The Verilator lint of this file passes with one
// in-source waiver (UNOPTFLAT around the ring nets: the loops are the point).

// One inverting stage of a ring: a LUT4 primitive that synthesis keeps.
module vmsp_ro_inv (
    input  wire a,
    output wire z
);
`ifdef SYNTHESIS
    (* keep *) LUT4 #(.INIT(16'h5555)) lut (.A(a), .B(1'b0), .C(1'b0), .D(1'b0), .Z(z));
`else
    assign z = ~a;
`endif
endmodule

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
    vmsp_ro_inv r3_0 (.a(ring3[2]), .z(ring3[0]));
    vmsp_ro_inv r5_0 (.a(ring5[4]), .z(ring5[0]));
    vmsp_ro_inv r7_0 (.a(ring7[6]), .z(ring7[0]));
    vmsp_ro_inv r11_0 (.a(ring11[10]), .z(ring11[0]));
    genvar i;
    generate
        for (i = 1; i < 3; i = i + 1) begin : g3
            vmsp_ro_inv s (.a(ring3[i-1]), .z(ring3[i]));
        end
        for (i = 1; i < 5; i = i + 1) begin : g5
            vmsp_ro_inv s (.a(ring5[i-1]), .z(ring5[i]));
        end
        for (i = 1; i < 7; i = i + 1) begin : g7
            vmsp_ro_inv s (.a(ring7[i-1]), .z(ring7[i]));
        end
        for (i = 1; i < 11; i = i + 1) begin : g11
            vmsp_ro_inv s (.a(ring11[i-1]), .z(ring11[i]));
        end
    endgenerate

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
