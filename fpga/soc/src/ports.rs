//! The SoC top's port list, declared once. [`soc_top!`] turns the list
//! into the `Soc` struct's port fields and into [`PORTS`], the same list
//! as data, from which the simulator (`verilator-sys`: its port check, the
//! C++ shim's accessors and the Rust `Inputs`/`Outputs` structs) and the
//! tests are generated. Adding a port is one line in `soc.rs` plus the
//! logic that drives it.

/// Direction of a top-level port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortDir {
    In,
    Out,
}

/// A top-level port of the SoC: its Verilog name, direction and width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Port {
    pub name: &'static str,
    pub dir: PortDir,
    pub width: u32,
}

/// Declares the top struct from a `ports { name: In|Out Type, ... }` list
/// followed by its sub-blocks (generic over one type parameter, the
/// entropy source), and generates `PORTS` (the list as data,
/// widths from `Synth::BITS`) and `from_blocks` (every port at its
/// default, the sub-blocks given).
macro_rules! soc_top {
    (
        $(#[$meta:meta])*
        pub struct $name:ident < $g:ident : $bound:ident > {
            ports {
                $( $(#[$pmeta:meta])* $port:ident : $dir:ident $ty:ty, )*
            }
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(LogicBlock)]
        pub struct $name<$g: $bound> {
            $( $(#[$pmeta])* pub $port: Signal<$dir, $ty>, )*
            $( $(#[$fmeta])* $field: $fty, )*
        }

        /// The top's ports in declaration order (= the emitted Verilog's order).
        pub const PORTS: &[$crate::ports::Port] = &[
            $( $crate::ports::Port {
                name: stringify!($port),
                dir: $crate::ports::PortDir::$dir,
                width: <$ty as Synth>::BITS as u32,
            }, )*
        ];

        impl<$g: $bound> $name<$g> {
            /// The top with every port at its default value around `blocks`.
            fn from_blocks($( $field: $fty ),*) -> $name<$g> {
                $name { $( $port: Default::default(), )* $( $field, )* }
            }
        }
    };
}
pub(crate) use soc_top;
