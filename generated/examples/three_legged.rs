//! Three-legged OAuth (authorization code): a customer logs in at Citi and consents, and the
//! application acts for them.
//!
//! Builds the authorize URL, exchanges the code the customer comes back with, lists the
//! customer's accounts and pages through one account's transactions. Against the local mock
//! (which accepts any code): `cargo xtask example three_legged`. Against the sandbox, open the
//! printed URL, log in, and pass the `code` from the redirect in `CITI_POLAND_AUTH_CODE`.

use citi_poland::accounts;
use citi_poland::runtime::{AuthorizeRequest, Config};
use futures::StreamExt;

const REDIRECT_URI: &str = "https://partner.example.pl/callback";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = config_from_env();
    let accounts = accounts::Client::new(config)?;

    // 1. Send the customer to Citi's authorize page.
    let flow = accounts.api_client().authorization_code()?;
    let request = AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]).state("random-csrf-token").locale("pl");
    println!("open this page to log in and consent:\n  {}", flow.authorize_url(&request)?);

    // 2. Citi redirects back with `?code=...&state=...`: exchange the code for tokens. The
    //    session refreshes its access token by itself from now on.
    let code = std::env::var("CITI_POLAND_AUTH_CODE").unwrap_or_else(|_| "code-from-the-redirect".into());
    let session = flow.exchange_code(&code, REDIRECT_URI, "customer-42").await?;
    let accounts = accounts.with_session(session.clone());

    // 3. The customer's accounts, grouped.
    let summary = accounts.retrieve_accounts_summary().await?;
    let mut first_account = None;
    for group in summary.account_group_summary.unwrap_or_default() {
        println!("{}:", group.account_group);
        for account in group.accounts {
            if let Some(checking) = account.checking_account_summary {
                println!("  {} {} {}", checking.display_account_number.unwrap_or_default(), amount(checking.available_balance), checking.currency_code.unwrap_or_default());
                first_account = first_account.or(checking.account_id);
            }
            if let Some(savings) = account.savings_account_summary {
                println!("  {} {} {}", savings.display_account_number.unwrap_or_default(), amount(savings.available_balance), savings.currency_code.unwrap_or_default());
                first_account = first_account.or(savings.account_id);
            }
        }
    }

    // 4. Every page of one account's transactions (`nextStartIndex` is followed for us).
    if let Some(account_id) = first_account {
        let mut pages = accounts.retrieve_account_transactions(account_id).pages();
        let mut page_number = 0;
        while let Some(page) = pages.next().await {
            page_number += 1;
            // A server that hands out the same cursor twice (a mock with a fixed example does)
            // ends the stream with an error instead of looping forever.
            let page = match page {
                Ok(page) => page,
                Err(error) => {
                    println!("  paging stopped: {error}");
                    break;
                }
            };
            for transaction in page.transactions.unwrap_or_default() {
                println!(
                    "  page {page_number}: {} {:>12} {} {}",
                    transaction.transaction_date.map(|d| d.to_string()).unwrap_or_default(),
                    transaction.transaction_amount.map(|a| a.to_string()).unwrap_or_default(),
                    transaction.currency_code.unwrap_or_default(),
                    transaction.transaction_description.unwrap_or_default(),
                );
            }
            if page_number == 5 {
                break;
            }
        }
    }

    // 5. Log out: revoke the tokens.
    session.revoke().await?;
    println!("session revoked");
    Ok(())
}

fn amount(value: Option<rust_decimal::Decimal>) -> String {
    value.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

fn config_from_env() -> Config {
    let client_id = std::env::var("CITI_POLAND_CLIENT_ID").unwrap_or_else(|_| "example-client-id".into());
    let client_secret = std::env::var("CITI_POLAND_CLIENT_SECRET").unwrap_or_else(|_| "example-client-secret".into());
    let builder = Config::builder(client_id, client_secret);
    match std::env::var("CITI_POLAND_BASE_URL") {
        Ok(url) => builder.base_url(url).build(),
        Err(_) => builder.build(),
    }
}
