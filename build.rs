//! Compiles the gRPC contract with `protox` (pure Rust, no system `protoc`) and writes the encoded
//! descriptor set next to the generated code, so reflection serves exactly what was compiled.

use std::{env, fs, path::PathBuf};

use prost::Message;

const PROTO: &str = "proto/factcheck/v1/factcheck.proto";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=proto");
    let descriptors = protox::compile([PROTO], ["proto"])?;
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    fs::write(
        out_dir.join("factcheck_descriptor.bin"),
        descriptors.encode_to_vec(),
    )?;
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .compile_fds(descriptors)?;
    Ok(())
}
