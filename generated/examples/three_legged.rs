//! Three-legged OAuth (authorization code): a customer logs in at Citi and consents, and the
//! application acts for them.
//!
//! Starts an authorization (a fresh `state` and PKCE challenge in the authorize URL), completes
//! it with the URL the customer's browser comes back to (the `state` is checked before the code
//! is exchanged), lists the customer's accounts and pages through one account's transactions.
//!
//! Against the local mock: `cargo xtask example three_legged` (the mock has no login page to come
//! back from, so the example stands in for the bank's redirect). Against the sandbox: set
//! `CITI_POLAND_BASE_URL`, `CITI_POLAND_CLIENT_ID`, `CITI_POLAND_CLIENT_SECRET` and
//! `CITI_POLAND_REDIRECT_URI` (as registered), open the printed URL, log in, and paste the URL
//! the browser was sent back to.

use citi_poland::accounts;
use citi_poland::runtime::{AuthError, AuthorizeRequest, Config, PendingAuthorization};
use futures::StreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = config_from_env();
    let accounts = accounts::Client::new(config)?;
    let redirect_uri = std::env::var("CITI_POLAND_REDIRECT_URI").unwrap_or_else(|_| "https://partner.example.pl/callback".into());

    // 1. Start the authorization and send the customer to Citi's authorize page. A web
    //    application keeps `pending` in its server-side session store until the callback.
    let flow = accounts.api_client().authorization_code()?;
    let pending = flow.start(AuthorizeRequest::new(&redirect_uri, ["accounts_details_transactions"]).locale("pl"))?;
    println!("open this page to log in and consent:\n  {}", pending.authorize_url());

    // 2. Citi sends the browser back to the redirect URI with `?code=...&state=...`. Completing
    //    checks the state, then exchanges the code (once) for tokens; the session refreshes its
    //    access token by itself from then on.
    let callback = callback_url(&pending)?;
    let session = match flow.complete(pending, &callback, "customer-42").await {
        Ok(session) => session,
        Err(AuthError::AuthorizationDenied(error)) => {
            println!("the customer did not consent: {error}");
            return Ok(());
        }
        // Not the state this authorization sent: a forged callback, or a stale browser tab.
        Err(AuthError::StateMismatch) => return Err("the callback does not belong to this authorization; start again".into()),
        Err(error) => return Err(error.into()),
    };
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

/// The URL the customer's browser came back to. Against the local mock, which has no login page,
/// the example makes it up the way the bank's redirect would look: the `state` it was sent, and a
/// code (the mock accepts any). Anywhere else, it asks for the real one.
fn callback_url(pending: &PendingAuthorization) -> Result<String, Box<dyn std::error::Error>> {
    let base_url = std::env::var("CITI_POLAND_BASE_URL").unwrap_or_default();
    let local = citi_poland::runtime::Url::parse(&base_url).is_ok_and(|url| matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")));
    if local {
        return Ok(format!("{}?code=code-from-the-mock&state={}", pending.redirect_uri(), pending.state()));
    }
    println!("paste the URL your browser was sent back to:");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim().to_string())
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
