//! VMSP secure unit engines (in progress).
