use rust_hdl::prelude::*;
use secure_unit::sha256::*;

fn to_bits(block: &[u8; 64]) -> Bits<512> {
    let mut b = Bits::<512>::default();
    for (i, w) in block_to_port_words(block).iter().enumerate() {
        b.set_bits::<32>(32 * i, (*w as u64).into());
    }
    b
}

#[test]
fn hdlsim_abc() {
    let mut uut = Sha256Core::default();
    uut.connect_all();
    let blocks = pad(b"abc");
    let mut sim = Simulation::new();
    sim.add_clock(5, |x: &mut Box<Sha256Core>| x.clock.next = !x.clock.val());
    sim.add_testbench(move |mut sim: Sim<Sha256Core>| {
        let mut x = sim.init()?;
        x.reset.next = true;
        wait_clock_cycle!(sim, clock, x);
        x.reset.next = false;
        x.init.next = true;
        x.in_valid.next = true;
        x.block.next = to_bits(&blocks[0]);
        wait_clock_cycle!(sim, clock, x);
        x.in_valid.next = false;
        let mut n = 1;
        while !x.digest_valid.val() {
            wait_clock_cycle!(sim, clock, x);
            n += 1;
        }
        let d = x.digest.val();
        let mut words = [0u32; 8];
        for i in 0..8 { words[i] = d.get_bits::<32>(32 * i).to_u32(); }
        println!("cycles {n} digest {:02x?}", digest_from_port_words(&words));
        assert_eq!(hex(&digest_from_port_words(&words)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        sim.done(x)
    });
    sim.run(Box::new(uut), 100_000).unwrap();
}

fn hex(b: &[u8]) -> String { b.iter().map(|x| format!("{x:02x}")).collect() }
