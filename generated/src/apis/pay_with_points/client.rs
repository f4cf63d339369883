// @generated from specs/pay-with-points.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Client for Citi Poland - Pay with Points: one method per operation of `specs/pay-with-points.yaml`.
///
/// Cheap to clone: clones share the connection pool, credentials and token cache.
#[derive(Clone, Debug)]
pub struct Client {
    api: rt::ApiClient,
}
impl Client {
    /// A client configured by `config` (environment, credentials, timeouts, retries).
    pub fn new(config: rt::Config) -> Result<Self, rt::ConfigError> {
        Ok(Self {
            api: rt::ApiClient::new(config, &super::API)?,
        })
    }
    /// A client for this API that shares `api`'s connection pool, credentials, token cache
    /// and user session (for example one built for another product).
    pub fn from_api_client(api: &rt::ApiClient) -> Self {
        Self {
            api: api.for_api(&super::API),
        }
    }
    /// The runtime client this client sends through.
    pub fn api_client(&self) -> &rt::ApiClient {
        &self.api
    }
    /// The same client acting for a customer: operations that need a customer's token
    /// (three-legged OAuth) use this session's, refreshing it when it expires.
    pub fn with_session(&self, session: rt::UserSession) -> Self {
        Self {
            api: self.api.with_session(session),
        }
    }
    /// Activate a card link with the SMS one-time password
    ///
    /// Activates the link between the card and the merchant with the 6-digit one-time password
    /// the card holder received by SMS.
    ///
    /// Business error codes: `invalidRewardLinkCode` (the link code is unknown or the
    /// password does not match).
    ///
    /// `PUT /v1/apac/rewards/{rewardLinkCode}/activations`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn activate_rewards_link(
        &self,
        reward_link_code: impl Into<String>,
        body: impl Into<super::types::RewardsActivationRequest>,
    ) -> super::operations::ActivateRewardsLink {
        super::operations::ActivateRewardsLink::new(
            Clone::clone(self),
            reward_link_code.into(),
            body.into(),
        )
    }
    /// Enrol a card for paying with points
    ///
    /// Enrols a Citi credit card for paying with points at the merchant and returns the
    /// `rewardLinkCode` used on all later calls. The card holder then receives an SMS one-time
    /// password to activate the link.
    ///
    /// Business-rule failures (422): the card number and phone number do not match a Citi card
    /// holder (the error code name is not recorded in the catalog).
    ///
    /// `POST /v1/apac/rewards/linkage`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn link_rewards_card(
        &self,
        body: impl Into<super::types::RewardsLinkageRequest>,
    ) -> super::operations::LinkRewardsCard {
        super::operations::LinkRewardsCard::new(Clone::clone(self), body.into())
    }
    /// Pay with points
    ///
    /// Redeems points of the linked card for a merchant order. The points value is credited to
    /// the card account later (usually within 1-3 days).
    ///
    /// Business error codes: `inSufficientPointBalance`, `exceedsMaximumPointsAllowed`,
    /// `belowMinimumPointsAllowed`, `transactionAlreadyRedeemed`, `notEligibleToRedeem`,
    /// `invalidPointsAndAmountCombination`.
    ///
    /// `POST /v1/apac/rewards/{rewardLinkCode}/redemption`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn redeem_points(
        &self,
        reward_link_code: impl Into<String>,
        body: impl Into<super::types::RedemptionRequest>,
    ) -> super::operations::RedeemPoints {
        super::operations::RedeemPoints::new(
            Clone::clone(self),
            reward_link_code.into(),
            body.into(),
        )
    }
    /// Retrieve the point balance of a linked card
    ///
    /// Returns the points available on the linked card, the programme's conversion rate
    /// (currency per point) and the minimum and maximum number of points that may be redeemed.
    ///
    /// Business error codes: `invalidRewardLinkCode`, `inactiveRewardLinkCode`,
    /// `businessValidationsFailed`, `accountNotFound`.
    ///
    /// `GET /v1/apac/rewards/{rewardLinkCode}/pointBalance`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_point_balance(
        &self,
        reward_link_code: impl Into<String>,
    ) -> super::operations::RetrievePointBalance {
        super::operations::RetrievePointBalance::new(
            Clone::clone(self),
            reward_link_code.into(),
        )
    }
    /// Retrieve the reward point balances of several cards
    ///
    /// Returns the reward point balances of several of the customer's credit cards, identified
    /// by their `cardId`. Called with the customer's own (authorization code) token. A card
    /// that cannot be read carries its own error in `rewardAccountErrorDetails`.
    ///
    /// `POST /v1/creditCards/rewards/pointBalance/search`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn search_card_point_balances(
        &self,
        body: impl Into<super::types::RewardsInquiryRequest>,
    ) -> super::operations::SearchCardPointBalances {
        super::operations::SearchCardPointBalances::new(Clone::clone(self), body.into())
    }
}
