fn main() {
    eprintln!("vmsp-qemu-check: not yet wired to the ISS");
    std::process::exit(2);
}
