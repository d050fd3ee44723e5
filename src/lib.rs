//! x
pub mod entity;
pub mod error;
pub mod normalize;
pub mod token;
