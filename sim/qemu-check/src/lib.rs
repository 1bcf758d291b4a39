//! Checks the ISS against QEMU (`qemu-system-or1k -M virt`): identical UART
//! output and exit status for every firmware program, and a lock-step
//! comparison of PC and all GPRs before every instruction for the programs
//! whose behaviour QEMU models. QEMU's known gaps are listed, with reasons,
//! in `firmware/tests/qemu-gaps.txt` (see [`gaps`]).
pub mod compare;
pub mod gaps;
pub mod qemu;
