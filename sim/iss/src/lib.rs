//! OpenRISC 1000 instruction-set simulator (in progress).
