//! Two-legged OAuth (client credentials): the application's own token, no customer involved.
//!
//! Lists the valid values of a reference-data field (Utilities) and the product catalogue
//! (Onboarding). Against the local mock: `cargo xtask example two_legged`. Against the sandbox:
//! set `CITI_POLAND_CLIENT_ID` and `CITI_POLAND_CLIENT_SECRET` and run
//! `cargo run -p citi-poland --example two_legged`.

use citi_poland::runtime::Config;
use citi_poland::{onboarding, utilities};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = config_from_env();
    // Both clients share the connection pool and the token cache; each asks for its own scope.
    let utilities = utilities::Client::new(config)?;
    let onboarding = onboarding::Client::from_api_client(utilities.api_client());

    let statuses = utilities.retrieve_reference_data("accountStatus").accept_language("pl-pl").await?;
    println!("reference data `{}`:", statuses.reference_code.unwrap_or_default());
    for value in statuses.reference_values.unwrap_or_default() {
        println!("  {:<12} {}", value.code, value.description.unwrap_or_default());
    }

    let catalogue = onboarding.retrieve_product_catalogue().await?;
    println!("credit-card products:");
    for product in catalogue.products {
        println!(
            "  {} {}: limit {}-{} {}, annual fee {}",
            product.product_code,
            product.product_description,
            product.minimum_credit_limit_amount,
            product.maximum_credit_limit_amount,
            product.currency_code,
            product.annual_fee_amount.map(|fee| fee.to_string()).unwrap_or_else(|| "-".into()),
        );
    }
    println!("token requests made: {}", utilities.api_client().token_requests());
    Ok(())
}

/// The sandbox, or the server in `CITI_POLAND_BASE_URL`, with credentials from the environment.
fn config_from_env() -> Config {
    let client_id = std::env::var("CITI_POLAND_CLIENT_ID").unwrap_or_else(|_| "example-client-id".into());
    let client_secret = std::env::var("CITI_POLAND_CLIENT_SECRET").unwrap_or_else(|_| "example-client-secret".into());
    let builder = Config::builder(client_id, client_secret);
    match std::env::var("CITI_POLAND_BASE_URL") {
        Ok(url) => builder.base_url(url).build(),
        Err(_) => builder.build(),
    }
}
