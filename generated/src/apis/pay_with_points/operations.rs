// @generated from specs/pay-with-points.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
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
    reward_link_code: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    accept_language: ::std::option::Option<::std::string::String>,
    body: super::types::RewardsActivationRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ActivateRewardsLink {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "activateRewardsLink",
        method: crate::runtime::Method::Put,
        path: "/v1/apac/rewards/{rewardLinkCode}/activations",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        reward_link_code: ::std::string::String,
        body: super::types::RewardsActivationRequest,
    ) -> Self {
        Self {
            client,
            reward_link_code,
            client_details: ::std::option::Option::None,
            accept_language: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "rewardLinkCode",
                &self.reward_link_code,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "Accept-Language",
                &self.accept_language,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for ActivateRewardsLink {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
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
/// `POST /v1/apac/rewards/linkage` (`linkRewardsCard`). Built by [`Client::link_rewards_card`](super::Client::link_rewards_card); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct LinkRewardsCard {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    accept_language: ::std::option::Option<::std::string::String>,
    body: super::types::RewardsLinkageRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl LinkRewardsCard {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "linkRewardsCard",
        method: crate::runtime::Method::Post,
        path: "/v1/apac/rewards/linkage",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RewardsLinkageRequest,
    ) -> Self {
        Self {
            client,
            client_details: ::std::option::Option::None,
            accept_language: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::RewardsLinkageResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "Accept-Language",
                &self.accept_language,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for LinkRewardsCard {
    type Output = ::std::result::Result<
        super::types::RewardsLinkageResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
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
/// `POST /v1/apac/rewards/{rewardLinkCode}/redemption` (`redeemPoints`). Built by [`Client::redeem_points`](super::Client::redeem_points); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RedeemPoints {
    client: super::Client,
    reward_link_code: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    accept_language: ::std::option::Option<::std::string::String>,
    body: super::types::RedemptionRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RedeemPoints {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "redeemPoints",
        method: crate::runtime::Method::Post,
        path: "/v1/apac/rewards/{rewardLinkCode}/redemption",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        reward_link_code: ::std::string::String,
        body: super::types::RedemptionRequest,
    ) -> Self {
        Self {
            client,
            reward_link_code,
            client_details: ::std::option::Option::None,
            accept_language: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::RedemptionResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "rewardLinkCode",
                &self.reward_link_code,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "Accept-Language",
                &self.accept_language,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RedeemPoints {
    type Output = ::std::result::Result<
        super::types::RedemptionResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
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
    reward_link_code: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    accept_language: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrievePointBalance {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrievePointBalance",
        method: crate::runtime::Method::Get,
        path: "/v1/apac/rewards/{rewardLinkCode}/pointBalance",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        reward_link_code: ::std::string::String,
    ) -> Self {
        Self {
            client,
            reward_link_code,
            client_details: ::std::option::Option::None,
            accept_language: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::PointBalanceResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "rewardLinkCode",
                &self.reward_link_code,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "Accept-Language",
                &self.accept_language,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RetrievePointBalance {
    type Output = ::std::result::Result<
        super::types::PointBalanceResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
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
    client_details: ::std::option::Option<::std::string::String>,
    accept_language: ::std::option::Option<::std::string::String>,
    body: super::types::RewardsInquiryRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl SearchCardPointBalances {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "searchCardPointBalances",
        method: crate::runtime::Method::Post,
        path: "/v1/creditCards/rewards/pointBalance/search",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["pay_with_points"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RewardsInquiryRequest,
    ) -> Self {
        Self {
            client,
            client_details: ::std::option::Option::None,
            accept_language: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::RewardsInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "Accept-Language",
                &self.accept_language,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for SearchCardPointBalances {
    type Output = ::std::result::Result<
        super::types::RewardsInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
