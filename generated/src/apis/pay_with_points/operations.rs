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
/// Activate a card link with the SMS one-time password
///
/// Activates the link between the card and the merchant with the 6-digit one-time password
/// the card holder received by SMS.
///
/// Business error codes: `invalidRewardLinkCode` (the link code is unknown or the
/// password does not match).
///
/// `PUT /v1/apac/rewards/{rewardLinkCode}/activations` (`activateRewardsLink`). Built by [`Client::activate_rewards_link`](super::Client::activate_rewards_link); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ActivateRewardsLink {
    client: super::Client,
    reward_link_code: String,
    client_details: Option<String>,
    accept_language: Option<String>,
    body: super::types::RewardsActivationRequest,
    extra_headers: Vec<(String, String)>,
}
impl ActivateRewardsLink {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "activateRewardsLink",
        method: rt::Method::Put,
        path: "/v1/apac/rewards/{rewardLinkCode}/activations",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        reward_link_code: String,
        body: super::types::RewardsActivationRequest,
    ) -> Self {
        Self {
            client,
            reward_link_code,
            client_details: None,
            accept_language: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param(
                "rewardLinkCode",
                &self.reward_link_code,
                rt::ParamStyle::SIMPLE,
            );
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(ActivateRewardsLink, (), super::types::ErrorResponse);
/// Enrol a card for paying with points
///
/// Enrols a Citi credit card for paying with points at the merchant and returns the
/// `rewardLinkCode` used on all later calls. The card holder then receives an SMS one-time
/// password to activate the link.
///
/// Business-rule failures (422): the card number and phone number do not match a Citi card
/// holder (the error code name is not recorded in the catalog).
///
/// `POST /v1/apac/rewards/linkage` (`linkRewardsCard`). Built by [`Client::link_rewards_card`](super::Client::link_rewards_card); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct LinkRewardsCard {
    client: super::Client,
    client_details: Option<String>,
    accept_language: Option<String>,
    body: super::types::RewardsLinkageRequest,
    extra_headers: Vec<(String, String)>,
}
impl LinkRewardsCard {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "linkRewardsCard",
        method: rt::Method::Post,
        path: "/v1/apac/rewards/linkage",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RewardsLinkageRequest,
    ) -> Self {
        Self {
            client,
            client_details: None,
            accept_language: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::RewardsLinkageResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    LinkRewardsCard, super::types::RewardsLinkageResponse, super::types::ErrorResponse
);
/// Pay with points
///
/// Redeems points of the linked card for a merchant order. The points value is credited to
/// the card account later (usually within 1-3 days).
///
/// Business error codes: `inSufficientPointBalance`, `exceedsMaximumPointsAllowed`,
/// `belowMinimumPointsAllowed`, `transactionAlreadyRedeemed`, `notEligibleToRedeem`,
/// `invalidPointsAndAmountCombination`.
///
/// `POST /v1/apac/rewards/{rewardLinkCode}/redemption` (`redeemPoints`). Built by [`Client::redeem_points`](super::Client::redeem_points); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RedeemPoints {
    client: super::Client,
    reward_link_code: String,
    client_details: Option<String>,
    accept_language: Option<String>,
    body: super::types::RedemptionRequest,
    extra_headers: Vec<(String, String)>,
}
impl RedeemPoints {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "redeemPoints",
        method: rt::Method::Post,
        path: "/v1/apac/rewards/{rewardLinkCode}/redemption",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        reward_link_code: String,
        body: super::types::RedemptionRequest,
    ) -> Self {
        Self {
            client,
            reward_link_code,
            client_details: None,
            accept_language: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::RedemptionResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param(
                "rewardLinkCode",
                &self.reward_link_code,
                rt::ParamStyle::SIMPLE,
            );
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RedeemPoints, super::types::RedemptionResponse, super::types::ErrorResponse
);
/// Retrieve the point balance of a linked card
///
/// Returns the points available on the linked card, the programme's conversion rate
/// (currency per point) and the minimum and maximum number of points that may be redeemed.
///
/// Business error codes: `invalidRewardLinkCode`, `inactiveRewardLinkCode`,
/// `businessValidationsFailed`, `accountNotFound`.
///
/// `GET /v1/apac/rewards/{rewardLinkCode}/pointBalance` (`retrievePointBalance`). Built by [`Client::retrieve_point_balance`](super::Client::retrieve_point_balance); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePointBalance {
    client: super::Client,
    reward_link_code: String,
    client_details: Option<String>,
    accept_language: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrievePointBalance {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrievePointBalance",
        method: rt::Method::Get,
        path: "/v1/apac/rewards/{rewardLinkCode}/pointBalance",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, reward_link_code: String) -> Self {
        Self {
            client,
            reward_link_code,
            client_details: None,
            accept_language: None,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::PointBalanceResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param(
                "rewardLinkCode",
                &self.reward_link_code,
                rt::ParamStyle::SIMPLE,
            );
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RetrievePointBalance, super::types::PointBalanceResponse, super::types::ErrorResponse
);
/// Retrieve the reward point balances of several cards
///
/// Returns the reward point balances of several of the customer's credit cards, identified
/// by their `cardId`. Called with the customer's own (authorization code) token. A card
/// that cannot be read carries its own error in `rewardAccountErrorDetails`.
///
/// `POST /v1/creditCards/rewards/pointBalance/search` (`searchCardPointBalances`). Built by [`Client::search_card_point_balances`](super::Client::search_card_point_balances); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SearchCardPointBalances {
    client: super::Client,
    client_details: Option<String>,
    accept_language: Option<String>,
    body: super::types::RewardsInquiryRequest,
    extra_headers: Vec<(String, String)>,
}
impl SearchCardPointBalances {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "searchCardPointBalances",
        method: rt::Method::Post,
        path: "/v1/creditCards/rewards/pointBalance/search",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RewardsInquiryRequest,
    ) -> Self {
        Self {
            client,
            client_details: None,
            accept_language: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::RewardsInquiryResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    SearchCardPointBalances, super::types::RewardsInquiryResponse,
    super::types::ErrorResponse
);
