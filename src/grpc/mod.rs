//! The gRPC edge: generated types, proto <-> domain conversion, the one error -> `Status` mapping,
//! the tonic service and the server (health, reflection, shutdown). Nothing below this module
//! knows about tonic.

mod convert;
mod server;
mod service;

pub use server::{serve, serve_opening, ServeError, ServerConfig, TlsIdentity};
pub use service::FactCheck;

/// Types generated from `proto/factcheck/v1/factcheck.proto`.
pub mod pb {
    #![allow(clippy::all, missing_docs)]
    tonic::include_proto!("factcheck.v1");

    /// The encoded descriptor set, for reflection.
    pub const FILE_DESCRIPTOR_SET: &[u8] =
        include_bytes!(concat!(env!("OUT_DIR"), "/factcheck_descriptor.bin"));
}

pub const SERVICE_NAME: &str = "factcheck.v1.FactCheckService";
