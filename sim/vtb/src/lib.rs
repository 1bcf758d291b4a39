//! Verilator test bench (in progress).
