//! Prints generated documents and their gold: `cargo run --example sample -- SEED FROM COUNT`.

fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let seed = args.first().copied().unwrap_or(1);
    let from = args.get(1).copied().unwrap_or(0);
    let count = args.get(2).copied().unwrap_or(1);
    let world = dossier_gen::World::new(seed);
    for i in from..from + count {
        let g = dossier_gen::generate(&world, i);
        println!("===== {}\n{}\n----- gold\n{}", g.name, g.text, g.gold);
    }
}
