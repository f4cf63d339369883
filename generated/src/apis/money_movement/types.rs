// @generated from specs/money-movement.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// Completes a transfer to a proxy after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountProxyTransfersConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl AccountProxyTransfersConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer to a proxy, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountProxyTransfersConfirmationResponse {
    #[serde(rename = "sourceAccount")]
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(
        rename = "payeeEnrollmentStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_enrollment_status: ::std::option::Option<::std::string::String>,
}
impl AccountProxyTransfersConfirmationResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account: impl ::std::convert::Into<SourceAccount>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: source_account.into(),
            transaction_reference_id: transaction_reference_id.into(),
            payee_enrollment_status: ::std::option::Option::None,
        }
    }
    /// Sets `payee_enrollment_status`.
    #[must_use]
    pub fn with_payee_enrollment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_enrollment_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to an account registered under a proxy (such as a phone number).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountProxyTransfersPreprocessRequest {
    /// Kind of proxy payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyPaymentType`).
    #[serde(rename = "proxyPaymentType")]
    pub proxy_payment_type: ::std::string::String,
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// The proxy the destination account is registered under (for example a mobile phone number).
    #[serde(rename = "proxyAccountId")]
    pub proxy_account_id: ::std::string::String,
    /// Kind of proxy in `proxyAccountId`. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyAccountIdType`).
    #[serde(rename = "proxyAccountIdType")]
    pub proxy_account_id_type: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Reference of the bill the transfer pays, when it pays one.
    #[serde(
        rename = "billReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_reference_number: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
}
impl AccountProxyTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        proxy_payment_type: impl ::std::convert::Into<::std::string::String>,
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        proxy_account_id: impl ::std::convert::Into<::std::string::String>,
        proxy_account_id_type: impl ::std::convert::Into<::std::string::String>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            proxy_payment_type: proxy_payment_type.into(),
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: ::std::option::Option::None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            proxy_account_id: proxy_account_id.into(),
            proxy_account_id_type: proxy_account_id_type.into(),
            charge_bearer: charge_bearer.into(),
            bill_reference_number: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bill_reference_number`.
    #[must_use]
    pub fn with_bill_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// A preprocessed transfer to a proxy, to be confirmed.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountProxyTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Kind of exchange rate applied. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(
        rename = "forexType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_type: ::std::option::Option<::std::string::String>,
    /// Whether a currency conversion applies. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(
        rename = "forexConversionIndicator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_conversion_indicator: ::std::option::Option<::std::string::String>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction fee in the local currency.
    #[serde(
        rename = "localCurrencyTransactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub local_currency_transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(
        rename = "localCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_currency_code: ::std::option::Option<::std::string::String>,
}
impl AccountProxyTransfersPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            forex_type: ::std::option::Option::None,
            forex_conversion_indicator: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
            local_currency_transaction_fee: ::std::option::Option::None,
            local_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_type`.
    #[must_use]
    pub fn with_forex_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_conversion_indicator`.
    #[must_use]
    pub fn with_forex_conversion_indicator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_conversion_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_transaction_fee`.
    #[must_use]
    pub fn with_local_currency_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.local_currency_transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_code`.
    #[must_use]
    pub fn with_local_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed transfer to a proxy.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountProxyTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl AccountProxyTransfersRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed transfer to a proxy.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountProxyTransfersResponse {
    #[serde(rename = "sourceAccount")]
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(
        rename = "payeeEnrollmentStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_enrollment_status: ::std::option::Option<::std::string::String>,
}
impl AccountProxyTransfersResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account: impl ::std::convert::Into<SourceAccount>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: source_account.into(),
            transaction_reference_id: transaction_reference_id.into(),
            payee_enrollment_status: ::std::option::Option::None,
        }
    }
    /// Sets `payee_enrollment_status`.
    #[must_use]
    pub fn with_payee_enrollment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_enrollment_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// The accounts that can pay a transfer to an account registered under a proxy.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountProxyTransfersSourceAccountEligibilityResponse {
    /// The eligible source accounts.
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<SourceAccounts>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl AccountProxyTransfersSourceAccountEligibilityResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<::std::vec::Vec<SourceAccounts>>,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to a proxy, optionally adding the payee to the registered payees.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest {
    /// Kind of proxy payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyPaymentType`).
    #[serde(rename = "proxyPaymentType")]
    pub proxy_payment_type: ::std::string::String,
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// The proxy the destination account is registered under (for example a mobile phone number).
    #[serde(rename = "proxyAccountId")]
    pub proxy_account_id: ::std::string::String,
    /// Kind of proxy in `proxyAccountId`. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyAccountIdType`).
    #[serde(rename = "proxyAccountIdType")]
    pub proxy_account_id_type: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Reference of the bill the transfer pays, when it pays one.
    #[serde(
        rename = "billReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_reference_number: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    /// Nickname to register the payee under.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    /// Whether to add the payee to the registered payees when the transfer is confirmed.
    #[serde(
        rename = "payeeEnrollmentFlag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_enrollment_flag: ::std::option::Option<bool>,
    /// Name of the bank holding the proxy account.
    #[serde(
        rename = "bankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Name of the holder of the proxy account.
    #[serde(
        rename = "customerName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_name: ::std::option::Option<::std::string::String>,
}
impl AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        proxy_payment_type: impl ::std::convert::Into<::std::string::String>,
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        proxy_account_id: impl ::std::convert::Into<::std::string::String>,
        proxy_account_id_type: impl ::std::convert::Into<::std::string::String>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            proxy_payment_type: proxy_payment_type.into(),
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: ::std::option::Option::None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            proxy_account_id: proxy_account_id.into(),
            proxy_account_id_type: proxy_account_id_type.into(),
            charge_bearer: charge_bearer.into(),
            bill_reference_number: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
            payee_enrollment_flag: ::std::option::Option::None,
            bank_name: ::std::option::Option::None,
            customer_name: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bill_reference_number`.
    #[must_use]
    pub fn with_bill_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_enrollment_flag`.
    #[must_use]
    pub fn with_payee_enrollment_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.payee_enrollment_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customer_name`.
    #[must_use]
    pub fn with_customer_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// A preprocessed transfer to a proxy with payee creation, to be confirmed.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Kind of exchange rate applied. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(
        rename = "forexType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_type: ::std::option::Option<::std::string::String>,
    /// Whether a currency conversion applies. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(
        rename = "forexConversionIndicator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_conversion_indicator: ::std::option::Option<::std::string::String>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction fee in the local currency.
    #[serde(
        rename = "localCurrencyTransactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub local_currency_transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(
        rename = "localCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_currency_code: ::std::option::Option<::std::string::String>,
    /// Range of amounts the customer may transfer to this proxy.
    #[serde(
        rename = "transactionLimitRange",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_limit_range: ::std::option::Option<::std::string::String>,
}
impl AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            forex_type: ::std::option::Option::None,
            forex_conversion_indicator: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
            local_currency_transaction_fee: ::std::option::Option::None,
            local_currency_code: ::std::option::Option::None,
            transaction_limit_range: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_type`.
    #[must_use]
    pub fn with_forex_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_conversion_indicator`.
    #[must_use]
    pub fn with_forex_conversion_indicator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_conversion_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_transaction_fee`.
    #[must_use]
    pub fn with_local_currency_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.local_currency_transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_code`.
    #[must_use]
    pub fn with_local_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_limit_range`.
    #[must_use]
    pub fn with_transaction_limit_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_limit_range = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a Citi Global Transfer to an unregistered Citi account abroad.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocCitiGlobalTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    #[serde(rename = "payeeAccountDetails")]
    pub payee_account_details: PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
}
impl AdhocCitiGlobalTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_details: impl ::std::convert::Into<
            PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess,
        >,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            transfer_purpose: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of an adhoc Citi Global Transfer preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocCitiGlobalTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl AdhocCitiGlobalTransfersPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a cross-border wire transfer to an unregistered account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocCrossBorderWireTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    #[serde(rename = "payeeAccountDetails")]
    pub payee_account_details: PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(rename = "paymentScheduleType")]
    pub payment_schedule_type: ::std::string::String,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Payment notes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::vec::Vec<Remarks>>,
}
impl AdhocCrossBorderWireTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_details: impl ::std::convert::Into<
            PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess,
        >,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
        payment_schedule_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: ::std::option::Option::None,
            charge_bearer: charge_bearer.into(),
            payment_schedule_type: payment_schedule_type.into(),
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of an adhoc cross-border wire preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocCrossBorderWireTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(rename = "foreignExchangeRate", with = "crate::runtime::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(rename = "transactionFee", with = "crate::runtime::decimal")]
    pub transaction_fee: ::rust_decimal::Decimal,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl AdhocCrossBorderWireTransfersPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        foreign_exchange_rate: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transaction_fee: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: foreign_exchange_rate.into(),
            transaction_fee: transaction_fee.into(),
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to an unregistered account at another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    #[serde(
        rename = "payeeAccountDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_details: ::std::option::Option<
        PayeeAccountDetailsAdhocExtTransferPreprocess,
    >,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(rename = "paymentMethod")]
    pub payment_method: ::std::string::String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(
        rename = "paymentType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<::std::string::String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "fxDealReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fx_deal_reference_number: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    #[serde(
        rename = "taxPaymentDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_payment_details: ::std::option::Option<TaxPaymentDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
}
impl AdhocExtDmstcTransferPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
        payment_method: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: ::std::option::Option::None,
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: ::std::option::Option::None,
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            payment_type: ::std::option::Option::None,
            fx_deal_reference_number: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            tax_payment_details: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
        }
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl ::std::convert::Into<PayeeAccountDetailsAdhocExtTransferPreprocess>,
    ) -> Self {
        self.payee_account_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fx_deal_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_payment_details`.
    #[must_use]
    pub fn with_tax_payment_details(
        mut self,
        value: impl ::std::convert::Into<TaxPaymentDetails>,
    ) -> Self {
        self.tax_payment_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of an adhoc external domestic preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(rename = "debitDetails")]
    pub debit_details: DebitDetails,
    #[serde(rename = "creditDetails")]
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl AdhocExtDmstcTransferPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        debit_details: impl ::std::convert::Into<DebitDetails>,
        credit_details: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: debit_details.into(),
            credit_details: credit_details.into(),
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of an adhoc external domestic transfer that also asks to register the beneficiary as a payee (the payee is registered by the confirm call).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessWithAddPayeeRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    #[serde(rename = "payeeAccountDetails")]
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(
        rename = "chargeBearer",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_bearer: ::std::option::Option<::std::string::String>,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(
        rename = "paymentMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
}
impl AdhocExtDmstcTransferPreprocessWithAddPayeeRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_details: impl ::std::convert::Into<PayeeAccountDetails>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: ::std::option::Option::None,
            payment_method: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
        }
    }
    /// Sets `charge_bearer`.
    #[must_use]
    pub fn with_charge_bearer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_bearer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_method`.
    #[must_use]
    pub fn with_payment_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_method = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of an adhoc external domestic preprocess call with payee creation.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(rename = "debitDetails")]
    pub debit_details: DebitDetails,
    #[serde(rename = "creditDetails")]
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Whether the exchange rate is a counter or a live rate. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(
        rename = "forexType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_type: ::std::option::Option<::std::string::String>,
    /// Whether the rate is per unit of source currency or per unit of destination currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(
        rename = "forexConversionIndicator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_conversion_indicator: ::std::option::Option<::std::string::String>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
    /// The transaction fee in local currency.
    #[serde(
        rename = "localCurrencyTransactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub local_currency_transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(
        rename = "localCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_currency_code: ::std::option::Option<::std::string::String>,
    /// Priority (urgency) of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(
        rename = "paymentPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_priority: ::std::option::Option<::std::string::String>,
}
impl AdhocExtDmstcTransferPreprocessWithAddPayeeResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        debit_details: impl ::std::convert::Into<DebitDetails>,
        credit_details: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: debit_details.into(),
            credit_details: credit_details.into(),
            foreign_exchange_rate: ::std::option::Option::None,
            forex_type: ::std::option::Option::None,
            forex_conversion_indicator: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
            local_currency_transaction_fee: ::std::option::Option::None,
            local_currency_code: ::std::option::Option::None,
            payment_priority: ::std::option::Option::None,
        }
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_type`.
    #[must_use]
    pub fn with_forex_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_conversion_indicator`.
    #[must_use]
    pub fn with_forex_conversion_indicator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_conversion_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_transaction_fee`.
    #[must_use]
    pub fn with_local_currency_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.local_currency_transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_code`.
    #[must_use]
    pub fn with_local_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_priority`.
    #[must_use]
    pub fn with_payment_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_priority = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to an unregistered Citi Handlowy account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    #[serde(rename = "payeeAccountDetails")]
    pub payee_account_details: PayeeAccountDetailsAdhocIntTransferPreprocess,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
}
impl AdhocInternalDmstcTransferPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_details: impl ::std::convert::Into<
            PayeeAccountDetailsAdhocIntTransferPreprocess,
        >,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of an adhoc internal domestic preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(rename = "foreignExchangeRate", with = "crate::runtime::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(rename = "transactionFee", with = "crate::runtime::decimal")]
    pub transaction_fee: ::rust_decimal::Decimal,
}
impl AdhocInternalDmstcTransferPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        foreign_exchange_rate: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transaction_fee: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: foreign_exchange_rate.into(),
            transaction_fee: transaction_fee.into(),
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of an adhoc internal domestic transfer that also asks to register the beneficiary as a payee (the payee is registered by the confirm call).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    #[serde(rename = "payeeAccountDetails")]
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(
        rename = "chargeBearer",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_bearer: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    /// Sub-purpose of the transfer.
    #[serde(
        rename = "transferSubPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_sub_purpose: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Priority (urgency) of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(
        rename = "paymentPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_priority: ::std::option::Option<::std::string::String>,
}
impl AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_details: impl ::std::convert::Into<PayeeAccountDetails>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
            transfer_sub_purpose: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            payment_priority: ::std::option::Option::None,
        }
    }
    /// Sets `charge_bearer`.
    #[must_use]
    pub fn with_charge_bearer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_bearer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_sub_purpose`.
    #[must_use]
    pub fn with_transfer_sub_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_sub_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_priority`.
    #[must_use]
    pub fn with_payment_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_priority = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of an adhoc internal domestic preprocess call with payee creation.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Whether the exchange rate is a counter or a live rate. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(
        rename = "forexType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_type: ::std::option::Option<::std::string::String>,
    /// Whether the rate is per unit of source currency or per unit of destination currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(
        rename = "forexConversionIndicator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forex_conversion_indicator: ::std::option::Option<::std::string::String>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
    /// The transaction fee in local currency.
    #[serde(
        rename = "localCurrencyTransactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub local_currency_transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(
        rename = "localCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_currency_code: ::std::option::Option<::std::string::String>,
}
impl AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            forex_type: ::std::option::Option::None,
            forex_conversion_indicator: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
            local_currency_transaction_fee: ::std::option::Option::None,
            local_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_type`.
    #[must_use]
    pub fn with_forex_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forex_conversion_indicator`.
    #[must_use]
    pub fn with_forex_conversion_indicator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.forex_conversion_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_transaction_fee`.
    #[must_use]
    pub fn with_local_currency_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.local_currency_transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_code`.
    #[must_use]
    pub fn with_local_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a SEPA transfer to an unregistered account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocSepaTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    #[serde(rename = "payeeAccountDetails")]
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(rename = "transactionCurrencyCode")]
    pub transaction_currency_code: ::std::string::String,
    /// Payment notes.
    pub remarks: ::std::vec::Vec<Remarks>,
}
impl AdhocSepaTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_details: impl ::std::convert::Into<PayeeAccountDetails>,
        transaction_currency_code: impl ::std::convert::Into<::std::string::String>,
        remarks: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: ::std::option::Option::None,
            transaction_currency_code: transaction_currency_code.into(),
            remarks: remarks.into(),
        }
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of an adhoc SEPA preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AdhocSepaTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(rename = "foreignExchangeRate", with = "crate::runtime::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl AdhocSepaTransfersPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        foreign_exchange_rate: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: foreign_exchange_rate.into(),
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Address of the beneficiary's bank.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BankAddress {
    /// Address line 1.
    #[serde(
        rename = "addressLine1",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Address line 2.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Address line 3.
    #[serde(
        rename = "addressLine3",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line3: ::std::option::Option<::std::string::String>,
}
impl BankAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_line1: ::std::option::Option::None,
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
        }
    }
    /// Sets `address_line1`.
    #[must_use]
    pub fn with_address_line1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bank of a payee.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BankDetails {
    /// Local bank code.
    #[serde(
        rename = "bankCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_code: ::std::option::Option<::std::string::String>,
    /// Name of the bank.
    #[serde(
        rename = "bankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
}
impl BankDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bank_code: ::std::option::Option::None,
            bank_name: ::std::option::Option::None,
        }
    }
    /// Sets `bank_code`.
    #[must_use]
    pub fn with_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bank of an unregistered domestic beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BankDetailsExtTransfer {
    /// Local bank code.
    #[serde(rename = "bankCode")]
    pub bank_code: ::std::string::String,
    #[serde(
        rename = "payeeBankAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_address: ::std::option::Option<PayeeBankAddress>,
}
impl BankDetailsExtTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(bank_code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            bank_code: bank_code.into(),
            payee_bank_address: ::std::option::Option::None,
        }
    }
    /// Sets `payee_bank_address`.
    #[must_use]
    pub fn with_payee_bank_address(
        mut self,
        value: impl ::std::convert::Into<PayeeBankAddress>,
    ) -> Self {
        self.payee_bank_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bank of a SEPA payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BankDetailsSepaTransfer {
    /// SWIFT/BIC of the payee's bank.
    #[serde(rename = "globalBankCode")]
    pub global_bank_code: ::std::string::String,
    /// Name of the bank.
    #[serde(
        rename = "bankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
}
impl BankDetailsSepaTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        global_bank_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            global_bank_code: global_bank_code.into(),
            bank_name: ::std::option::Option::None,
        }
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// An outstanding bill of a biller payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillDetails {
    /// Sequence number of the bill with the biller.
    #[serde(
        rename = "billSequenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_sequence_number: ::std::option::Option<::std::string::String>,
    /// Amount of the bill.
    #[serde(rename = "billAmount", with = "crate::runtime::decimal")]
    pub bill_amount: ::rust_decimal::Decimal,
    /// Due date of the bill (YYYY-MM-DD).
    #[serde(rename = "billDueDate")]
    pub bill_due_date: ::chrono::NaiveDate,
}
impl BillDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        bill_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        bill_due_date: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        Self {
            bill_sequence_number: ::std::option::Option::None,
            bill_amount: bill_amount.into(),
            bill_due_date: bill_due_date.into(),
        }
    }
    /// Sets `bill_sequence_number`.
    #[must_use]
    pub fn with_bill_sequence_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_sequence_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// The outstanding bills of a biller payee, and the references the biller keeps for the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillDetailsInquiryResponse {
    /// Number of the invoice the bills belong to.
    #[serde(
        rename = "invoiceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_number: ::std::option::Option<::std::string::String>,
    /// The outstanding bills.
    #[serde(rename = "billDetails")]
    pub bill_details: ::std::vec::Vec<BillDetails>,
    /// The biller's references for the customer.
    #[serde(rename = "customerMerchantReferenceDetails")]
    pub customer_merchant_reference_details: ::std::vec::Vec<
        CustomerMerchantReferenceDetails,
    >,
}
impl BillDetailsInquiryResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        bill_details: impl ::std::convert::Into<::std::vec::Vec<BillDetails>>,
        customer_merchant_reference_details: impl ::std::convert::Into<
            ::std::vec::Vec<CustomerMerchantReferenceDetails>,
        >,
    ) -> Self {
        Self {
            invoice_number: ::std::option::Option::None,
            bill_details: bill_details.into(),
            customer_merchant_reference_details: customer_merchant_reference_details
                .into(),
        }
    }
    /// Sets `invoice_number`.
    #[must_use]
    pub fn with_invoice_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// Eligible source accounts and payees for bill payments.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentAccountPayeeEligibilityResponse {
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<BillPaymentSourceAccounts>,
    #[serde(rename = "payeeSourceAccountCombinations")]
    pub payee_source_account_combinations: ::std::vec::Vec<
        BillPaymentPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl BillPaymentAccountPayeeEligibilityResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<
            ::std::vec::Vec<BillPaymentSourceAccounts>,
        >,
        payee_source_account_combinations: impl ::std::convert::Into<
            ::std::vec::Vec<BillPaymentPayeeSourceAccountCombinations>,
        >,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            payee_source_account_combinations: payee_source_account_combinations.into(),
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Payee that is a biller (merchant).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    #[serde(rename = "payeeType")]
    pub payee_type: ::std::string::String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(
        rename = "payeeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_status: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(
        rename = "paymentPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_priority: ::std::option::Option<::std::string::String>,
    /// Free-text notes on the payee.
    #[serde(rename = "payeeNotes")]
    pub payee_notes: ::std::string::String,
    /// Name of the merchant.
    #[serde(
        rename = "merchantName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// Name of the merchant in the local language.
    #[serde(
        rename = "merchantNameLocal",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_name_local: ::std::option::Option<::std::string::String>,
    /// Identifier of the merchant (biller).
    #[serde(
        rename = "merchantNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_number: ::std::option::Option<::std::string::String>,
    /// The customer's relationships with the merchant.
    #[serde(
        rename = "merchantInformation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_information: ::std::option::Option<
        ::std::vec::Vec<MerchantInformation>,
    >,
}
impl BillPaymentPayee {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_type: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payee_notes: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_type: payee_type.into(),
            payee_status: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            payee_nick_name: payee_nick_name.into(),
            payment_priority: ::std::option::Option::None,
            payee_notes: payee_notes.into(),
            merchant_name: ::std::option::Option::None,
            merchant_name_local: ::std::option::Option::None,
            merchant_number: ::std::option::Option::None,
            merchant_information: ::std::option::Option::None,
        }
    }
    /// Sets `payee_status`.
    #[must_use]
    pub fn with_payee_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_priority`.
    #[must_use]
    pub fn with_payment_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_name`.
    #[must_use]
    pub fn with_merchant_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_name_local`.
    #[must_use]
    pub fn with_merchant_name_local(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_name_local = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_number`.
    #[must_use]
    pub fn with_merchant_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_information`.
    #[must_use]
    pub fn with_merchant_information(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MerchantInformation>>,
    ) -> Self {
        self.merchant_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// A biller payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentPayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(
        rename = "displayPayeeAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_payee_account_number: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(rename = "payeeAccountCurrencyCode")]
    pub payee_account_currency_code: ::std::string::String,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Identifier of the merchant (biller).
    #[serde(
        rename = "merchantNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_number: ::std::option::Option<::std::string::String>,
    /// Bill type (sub-category of the merchant).
    #[serde(
        rename = "billTypeCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_type_code: ::std::option::Option<::std::string::String>,
    /// Source accounts that may pay this destination.
    #[serde(rename = "sourceAccountIds")]
    pub source_account_ids: ::std::vec::Vec<SourceAccountIds>,
}
impl BillPaymentPayeeSourceAccountCombinations {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        source_account_ids: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            display_payee_account_number: ::std::option::Option::None,
            payee_account_currency_code: payee_account_currency_code.into(),
            payee_name: ::std::option::Option::None,
            payee_nick_name: payee_nick_name.into(),
            merchant_number: ::std::option::Option::None,
            bill_type_code: ::std::option::Option::None,
            source_account_ids: source_account_ids.into(),
        }
    }
    /// Sets `display_payee_account_number`.
    #[must_use]
    pub fn with_display_payee_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_payee_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_number`.
    #[must_use]
    pub fn with_merchant_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bill_type_code`.
    #[must_use]
    pub fn with_bill_type_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_type_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// An account that can be debited for bill payments.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Currency of the source account (ISO 4217).
    #[serde(rename = "sourceAccountCurrencyCode")]
    pub source_account_currency_code: ::std::string::String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(rename = "accountGroup")]
    pub account_group: ::std::string::String,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    #[serde(
        rename = "accountNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nick_name: ::std::option::Option<::std::string::String>,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
}
impl BillPaymentSourceAccounts {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        account_group: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            display_source_account_number: display_source_account_number.into(),
            source_account_currency_code: source_account_currency_code.into(),
            account_group: account_group.into(),
            available_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            account_nick_name: ::std::option::Option::None,
            product_name: ::std::option::Option::None,
        }
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nick_name`.
    #[must_use]
    pub fn with_account_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a bill payment to a biller payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentsPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Bill type (sub-category of the merchant).
    #[serde(
        rename = "billTypeCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_type_code: ::std::option::Option<::std::string::String>,
    /// Free-text bill payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// The customer's reference with the biller.
    #[serde(
        rename = "customerReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_reference_number: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(
        rename = "paymentMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
}
impl BillPaymentsPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        payee_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            bill_type_code: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            customer_reference_number: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            payment_method: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
        }
    }
    /// Sets `bill_type_code`.
    #[must_use]
    pub fn with_bill_type_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_type_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customer_reference_number`.
    #[must_use]
    pub fn with_customer_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_method`.
    #[must_use]
    pub fn with_payment_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_method = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of a bill payment preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentsPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Identifier of the merchant (biller).
    #[serde(
        rename = "merchantNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_number: ::std::option::Option<::std::string::String>,
}
impl BillPaymentsPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
            payee_name: ::std::option::Option::None,
            merchant_number: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_number`.
    #[must_use]
    pub fn with_merchant_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed bill payment.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentsRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl BillPaymentsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed bill payment.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BillPaymentsResponse {
    #[serde(rename = "sourceAccount")]
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl BillPaymentsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account: impl ::std::convert::Into<SourceAccount>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: source_account.into(),
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
}
/// Payee reached by Citi Global Transfer (a Citi account in another country).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CitiGlobalTransferpayee {
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    #[serde(rename = "payeeType")]
    pub payee_type: ::std::string::String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(
        rename = "payeeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_status: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(rename = "payeeCountryCode")]
    pub payee_country_code: ::std::string::String,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    /// Free-text notes on the payee.
    #[serde(rename = "payeeNotes")]
    pub payee_notes: ::std::string::String,
}
impl CitiGlobalTransferpayee {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_name: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payee_type: impl ::std::convert::Into<::std::string::String>,
        payee_country_code: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_notes: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_name: payee_name.into(),
            payee_nick_name: payee_nick_name.into(),
            payee_type: payee_type.into(),
            payee_status: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            payee_country_code: payee_country_code.into(),
            account_id: account_id.into(),
            display_account_number: display_account_number.into(),
            payee_address: ::std::option::Option::None,
            payee_notes: payee_notes.into(),
        }
    }
    /// Sets `payee_status`.
    #[must_use]
    pub fn with_payee_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Eligible source accounts and payees for Citi Global Transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CitiGlobalTransfersAccountPayeeEligibilityResponse {
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<SourceAccountsCitiGlobalTransfer>,
    #[serde(
        rename = "payeeSourceAccountCombinations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_source_account_combinations: ::std::option::Option<
        ::std::vec::Vec<PayeeSourceAccountCombinationsCitiGlobalTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl CitiGlobalTransfersAccountPayeeEligibilityResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<
            ::std::vec::Vec<SourceAccountsCitiGlobalTransfer>,
        >,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            payee_source_account_combinations: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `payee_source_account_combinations`.
    #[must_use]
    pub fn with_payee_source_account_combinations(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<PayeeSourceAccountCombinationsCitiGlobalTransfer>,
        >,
    ) -> Self {
        self.payee_source_account_combinations = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a Citi Global Transfer to a registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CitiGlobalTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
}
impl CitiGlobalTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_id: payee_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of a Citi Global Transfer preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CitiGlobalTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl CitiGlobalTransfersPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed Citi Global Transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CitiGlobalTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl CitiGlobalTransfersRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed Citi Global Transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CitiGlobalTransfersResponse {
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
    #[serde(rename = "sourceAccountDetails")]
    pub source_account_details: SourceAccountDetails,
}
impl CitiGlobalTransfersResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
        source_account_details: impl ::std::convert::Into<SourceAccountDetails>,
    ) -> Self {
        Self {
            transaction_reference_id: transaction_reference_id.into(),
            source_account_details: source_account_details.into(),
        }
    }
}
/// Amount credited to the destination account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreditDetails {
    /// Amount credited.
    #[serde(
        rename = "transactionCreditAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_credit_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the credited amount (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
}
impl CreditDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_credit_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_credit_amount`.
    #[must_use]
    pub fn with_transaction_credit_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_credit_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// An ad hoc international wire transfer, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CrossBorderDetails {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(rename = "paymentMethod")]
    pub payment_method: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(
        rename = "paymentType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<::std::string::String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "foreignExchangeReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foreign_exchange_reference_number: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "payeeAccountDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_details: ::std::option::Option<PayeeAccountDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::vec::Vec<Remarks>>,
}
impl CrossBorderDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
        payment_method: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            transaction_amount: transaction_amount.into(),
            payment_type: ::std::option::Option::None,
            foreign_exchange_reference_number: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            payee_account_details: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_reference_number`.
    #[must_use]
    pub fn with_foreign_exchange_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.foreign_exchange_reference_number = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl ::std::convert::Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Eligible source accounts and payees for cross-border wire transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersAccountPayeeEligibilityResponse {
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<SourceAccountsCrossBorderWireTransfer>,
    #[serde(
        rename = "payeeSourceAccountCombinations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_source_account_combinations: ::std::option::Option<
        ::std::vec::Vec<PayeeSourceAccountCombinationsCrossBorderWireTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl CrossBorderWireTransfersAccountPayeeEligibilityResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<
            ::std::vec::Vec<SourceAccountsCrossBorderWireTransfer>,
        >,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            payee_source_account_combinations: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `payee_source_account_combinations`.
    #[must_use]
    pub fn with_payee_source_account_combinations(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<PayeeSourceAccountCombinationsCrossBorderWireTransfer>,
        >,
    ) -> Self {
        self.payee_source_account_combinations = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Payee reached by cross-border wire transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPayee {
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    #[serde(rename = "payeeType")]
    pub payee_type: ::std::string::String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(
        rename = "payeeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_status: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(rename = "payeeCountryCode")]
    pub payee_country_code: ::std::string::String,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Name of the beneficiary's bank.
    #[serde(rename = "beneficiaryBankName")]
    pub beneficiary_bank_name: ::std::string::String,
    /// Local bank code of the beneficiary's bank.
    #[serde(rename = "beneficiaryBankCode")]
    pub beneficiary_bank_code: ::std::string::String,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    #[serde(
        rename = "bankAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_address: ::std::option::Option<BankAddress>,
    /// Free-text notes on the payee.
    #[serde(rename = "payeeNotes")]
    pub payee_notes: ::std::string::String,
}
impl CrossBorderWireTransfersPayee {
    /// A value with the required fields set and every optional field empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        payee_name: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payee_type: impl ::std::convert::Into<::std::string::String>,
        payee_country_code: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        beneficiary_bank_name: impl ::std::convert::Into<::std::string::String>,
        beneficiary_bank_code: impl ::std::convert::Into<::std::string::String>,
        payee_notes: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_name: payee_name.into(),
            payee_nick_name: payee_nick_name.into(),
            payee_type: payee_type.into(),
            payee_status: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            payee_country_code: payee_country_code.into(),
            account_id: account_id.into(),
            display_account_number: display_account_number.into(),
            beneficiary_bank_name: beneficiary_bank_name.into(),
            beneficiary_bank_code: beneficiary_bank_code.into(),
            payee_address: ::std::option::Option::None,
            bank_address: ::std::option::Option::None,
            payee_notes: payee_notes.into(),
        }
    }
    /// Sets `payee_status`.
    #[must_use]
    pub fn with_payee_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_address`.
    #[must_use]
    pub fn with_bank_address(
        mut self,
        value: impl ::std::convert::Into<BankAddress>,
    ) -> Self {
        self.bank_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a cross-border wire transfer to a registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Payment notes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::vec::Vec<Remarks>>,
}
impl CrossBorderWireTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_id: payee_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: ::std::option::Option::None,
            charge_bearer: charge_bearer.into(),
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of a cross-border wire preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl CrossBorderWireTransfersPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed cross-border wire transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl CrossBorderWireTransfersRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed cross-border wire transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersResponse {
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
    #[serde(rename = "sourceAccountDetails")]
    pub source_account_details: SourceAccountDetails,
}
impl CrossBorderWireTransfersResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
        source_account_details: impl ::std::convert::Into<SourceAccountDetails>,
    ) -> Self {
        Self {
            transaction_reference_id: transaction_reference_id.into(),
            source_account_details: source_account_details.into(),
        }
    }
}
/// A reference the biller keeps for the customer (for example the customer's number with the biller).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerMerchantReferenceDetails {
    /// Code of the reference.
    #[serde(rename = "customerMerchantReferenceCode")]
    pub customer_merchant_reference_code: ::std::string::String,
    /// What the reference is.
    #[serde(rename = "customerMerchantReferenceDescription")]
    pub customer_merchant_reference_description: ::std::string::String,
}
impl CustomerMerchantReferenceDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        customer_merchant_reference_code: impl ::std::convert::Into<
            ::std::string::String,
        >,
        customer_merchant_reference_description: impl ::std::convert::Into<
            ::std::string::String,
        >,
    ) -> Self {
        Self {
            customer_merchant_reference_code: customer_merchant_reference_code.into(),
            customer_merchant_reference_description: customer_merchant_reference_description
                .into(),
        }
    }
}
/// Amount debited from the source account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DebitDetails {
    /// Amount debited.
    #[serde(
        rename = "transactionDebitAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_debit_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the debited amount (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
}
impl DebitDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_debit_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_debit_amount`.
    #[must_use]
    pub fn with_transaction_debit_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_debit_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Destination account after the transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DestinationAccount {
    /// Masked destination account number for display.
    #[serde(rename = "displayDestinationAccountNumber")]
    pub display_destination_account_number: ::std::string::String,
    /// Available balance of the destination account after the transfer.
    #[serde(
        rename = "destinationAccountAvailableBalance",
        with = "crate::runtime::decimal"
    )]
    pub destination_account_available_balance: ::rust_decimal::Decimal,
    /// Currency of the destination account (ISO 4217).
    #[serde(
        rename = "destinationCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_currency_code: ::std::option::Option<::std::string::String>,
}
impl DestinationAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_destination_account_number: impl ::std::convert::Into<
            ::std::string::String,
        >,
        destination_account_available_balance: impl ::std::convert::Into<
            ::rust_decimal::Decimal,
        >,
    ) -> Self {
        Self {
            display_destination_account_number: display_destination_account_number
                .into(),
            destination_account_available_balance: destination_account_available_balance
                .into(),
            destination_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `destination_currency_code`.
    #[must_use]
    pub fn with_destination_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The countries transfers can be sent to, one page at a time.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DestinationListResponse {
    /// The destination countries of this page.
    #[serde(rename = "paymentCountry")]
    pub payment_country: ::std::vec::Vec<PaymentCountry>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl DestinationListResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payment_country: impl ::std::convert::Into<::std::vec::Vec<PaymentCountry>>,
    ) -> Self {
        Self {
            payment_country: payment_country.into(),
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// An own destination account and the source accounts that may fund it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DestinationSourceAcctCombinations {
    /// Identifier of the destination account (encrypted, opaque).
    #[serde(rename = "destinationAccountId")]
    pub destination_account_id: ::std::string::String,
    /// Masked destination account number for display.
    #[serde(rename = "displayDestinationAccountNumber")]
    pub display_destination_account_number: ::std::string::String,
    /// Currency of the destination account (ISO 4217).
    #[serde(rename = "destinationAccountCurrencyCode")]
    pub destination_account_currency_code: ::std::string::String,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Outstanding balance (credit cards).
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Minimum amount due (credit cards).
    #[serde(
        rename = "minimumDueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last statement. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(
        rename = "lastStatementDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Payment due date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(
        rename = "paymentDueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Source accounts that may pay this destination.
    #[serde(rename = "sourceAccountIds")]
    pub source_account_ids: ::std::vec::Vec<SourceAccountIds>,
    /// Nickname of the account.
    #[serde(
        rename = "accountNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nick_name: ::std::option::Option<::std::string::String>,
}
impl DestinationSourceAcctCombinations {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        destination_account_id: impl ::std::convert::Into<::std::string::String>,
        display_destination_account_number: impl ::std::convert::Into<
            ::std::string::String,
        >,
        destination_account_currency_code: impl ::std::convert::Into<
            ::std::string::String,
        >,
        source_account_ids: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        Self {
            destination_account_id: destination_account_id.into(),
            display_destination_account_number: display_destination_account_number
                .into(),
            destination_account_currency_code: destination_account_currency_code.into(),
            product_name: ::std::option::Option::None,
            available_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            minimum_due_amount: ::std::option::Option::None,
            last_statement_date: ::std::option::Option::None,
            payment_due_date: ::std::option::Option::None,
            source_account_ids: source_account_ids.into(),
            account_nick_name: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minimum_due_amount`.
    #[must_use]
    pub fn with_minimum_due_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.minimum_due_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_statement_date`.
    #[must_use]
    pub fn with_last_statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_statement_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_due_date`.
    #[must_use]
    pub fn with_payment_due_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.payment_due_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nick_name`.
    #[must_use]
    pub fn with_account_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nick_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Error body returned by every resource API. The client decodes it when it can; an error body that does not match this schema still reaches the caller as the status and the raw body.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// Kind of error. Citi documents `invalid` (request rejected as malformed), `warn` (request partially processed), `error` (request accepted but failed) and `fatal` (technical fault on Citi's side; retry later); other Citi products send the same kinds in capitals (`ERROR`, ...). Any string is accepted.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    /// Machine-readable error code, for example `invalidRequest` or `resourceNotFound`.
    pub code: ::std::string::String,
    /// Human-readable description of the error.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    /// The request field that caused the error, when there is one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
    /// Further information, free-form: usually a link to documentation of the error (a string); in an MFA step-up (403) an object carrying the `controlFlowId` of the flow to continue.
    #[serde(
        rename = "moreInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub more_info: ::std::option::Option<::serde_json::Value>,
}
impl ErrorResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        type_: impl ::std::convert::Into<::std::string::String>,
        code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            type_: type_.into(),
            code: code.into(),
            details: ::std::option::Option::None,
            location: ::std::option::Option::None,
            more_info: ::std::option::Option::None,
        }
    }
    /// Sets `details`.
    #[must_use]
    pub fn with_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `location`.
    #[must_use]
    pub fn with_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `more_info`.
    #[must_use]
    pub fn with_more_info(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.more_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// A bundle of ad hoc transfers to unregistered payees, one of each kind at most.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest {
    #[serde(
        rename = "internalDomesticDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_domestic_details: ::std::option::Option<InternalDomesticDetails>,
    #[serde(
        rename = "externalDomesticDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_domestic_details: ::std::option::Option<ExternalDomesticDetails>,
    #[serde(
        rename = "crossBorderDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cross_border_details: ::std::option::Option<CrossBorderDetails>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sepa: ::std::option::Option<Sepa>,
}
impl ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            internal_domestic_details: ::std::option::Option::None,
            external_domestic_details: ::std::option::Option::None,
            cross_border_details: ::std::option::Option::None,
            sepa: ::std::option::Option::None,
        }
    }
    /// Sets `internal_domestic_details`.
    #[must_use]
    pub fn with_internal_domestic_details(
        mut self,
        value: impl ::std::convert::Into<InternalDomesticDetails>,
    ) -> Self {
        self.internal_domestic_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `external_domestic_details`.
    #[must_use]
    pub fn with_external_domestic_details(
        mut self,
        value: impl ::std::convert::Into<ExternalDomesticDetails>,
    ) -> Self {
        self.external_domestic_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cross_border_details`.
    #[must_use]
    pub fn with_cross_border_details(
        mut self,
        value: impl ::std::convert::Into<CrossBorderDetails>,
    ) -> Self {
        self.cross_border_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sepa`.
    #[must_use]
    pub fn with_sepa(mut self, value: impl ::std::convert::Into<Sepa>) -> Self {
        self.sepa = ::std::option::Option::Some(value.into());
        self
    }
}
/// The accepted bundle of ad hoc transfers; they are executed asynchronously.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Identifier the application gives the bundle of transfers.
    #[serde(
        rename = "bundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bundle_id: ::std::option::Option<::std::string::String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(
        rename = "citiBundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citi_bundle_id: ::std::option::Option<::std::string::String>,
    /// Number of transfers in the bundle.
    #[serde(
        rename = "totalTransactionCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_transaction_count: ::std::option::Option<::std::string::String>,
}
impl ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_status: ::std::option::Option::None,
            bundle_id: ::std::option::Option::None,
            citi_bundle_id: ::std::option::Option::None,
            total_transaction_count: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_status`.
    #[must_use]
    pub fn with_transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bundle_id`.
    #[must_use]
    pub fn with_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bundle_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `citi_bundle_id`.
    #[must_use]
    pub fn with_citi_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.citi_bundle_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_transaction_count`.
    #[must_use]
    pub fn with_total_transaction_count(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.total_transaction_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// Completes a bundle of ad hoc transfers after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId` (sic: the portal spells this field `controlFllowId`).
    #[serde(
        rename = "controlFllowId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_fllow_id: ::std::option::Option<::std::string::String>,
}
impl ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            control_fllow_id: ::std::option::Option::None,
        }
    }
    /// Sets `control_fllow_id`.
    #[must_use]
    pub fn with_control_fllow_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.control_fllow_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The accepted bundle of ad hoc transfers, after the step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Identifier the application gives the bundle of transfers.
    #[serde(
        rename = "bundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bundle_id: ::std::option::Option<::std::string::String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(
        rename = "citiBundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citi_bundle_id: ::std::option::Option<::std::string::String>,
    /// Number of transfers in the bundle.
    #[serde(
        rename = "totalTransactionCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_transaction_count: ::std::option::Option<::std::string::String>,
}
impl ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_status: ::std::option::Option::None,
            bundle_id: ::std::option::Option::None,
            citi_bundle_id: ::std::option::Option::None,
            total_transaction_count: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_status`.
    #[must_use]
    pub fn with_transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bundle_id`.
    #[must_use]
    pub fn with_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bundle_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `citi_bundle_id`.
    #[must_use]
    pub fn with_citi_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.citi_bundle_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_transaction_count`.
    #[must_use]
    pub fn with_total_transaction_count(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.total_transaction_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// A bundle of transfers from one source account to registered payees.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest {
    /// Identifier the application gives the bundle of transfers.
    #[serde(
        rename = "bundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bundle_id: ::std::option::Option<::std::string::String>,
    /// Sum of the amounts of the transfers in the bundle.
    #[serde(
        rename = "totalTransferAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_transfer_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Kind of the transfers in the bundle. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `typeOfTransfers`).
    #[serde(
        rename = "typeOfTransfers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_of_transfers: ::std::option::Option<::std::string::String>,
    /// Identifier of the account that pays every transfer of the bundle (encrypted, opaque).
    #[serde(
        rename = "sourceAccountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account_id: ::std::option::Option<::std::string::String>,
    /// Internal domestic payments.
    #[serde(
        rename = "internalDomesticPayments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_domestic_payments: ::std::option::Option<
        ::std::vec::Vec<InternalDomesticPayments>,
    >,
    /// External domestic payments.
    #[serde(
        rename = "externalDomesticPayments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_domestic_payments: ::std::option::Option<
        ::std::vec::Vec<ExternalDomesticPayments>,
    >,
}
impl ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bundle_id: ::std::option::Option::None,
            total_transfer_amount: ::std::option::Option::None,
            type_of_transfers: ::std::option::Option::None,
            source_account_id: ::std::option::Option::None,
            internal_domestic_payments: ::std::option::Option::None,
            external_domestic_payments: ::std::option::Option::None,
        }
    }
    /// Sets `bundle_id`.
    #[must_use]
    pub fn with_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bundle_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_transfer_amount`.
    #[must_use]
    pub fn with_total_transfer_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_transfer_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type_of_transfers`.
    #[must_use]
    pub fn with_type_of_transfers(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_of_transfers = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_account_id`.
    #[must_use]
    pub fn with_source_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_account_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `internal_domestic_payments`.
    #[must_use]
    pub fn with_internal_domestic_payments(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InternalDomesticPayments>>,
    ) -> Self {
        self.internal_domestic_payments = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `external_domestic_payments`.
    #[must_use]
    pub fn with_external_domestic_payments(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ExternalDomesticPayments>>,
    ) -> Self {
        self.external_domestic_payments = ::std::option::Option::Some(value.into());
        self
    }
}
/// The accepted bundle of transfers; they are executed asynchronously.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Identifier the application (third-party provider) gave the bundle.
    #[serde(
        rename = "tppBundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tpp_bundle_id: ::std::option::Option<::std::string::String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(
        rename = "citiBundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citi_bundle_id: ::std::option::Option<::std::string::String>,
}
impl ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_status: ::std::option::Option::None,
            tpp_bundle_id: ::std::option::Option::None,
            citi_bundle_id: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_status`.
    #[must_use]
    pub fn with_transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tpp_bundle_id`.
    #[must_use]
    pub fn with_tpp_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tpp_bundle_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `citi_bundle_id`.
    #[must_use]
    pub fn with_citi_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.citi_bundle_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Completes a bundle of transfers after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(
        rename = "controlFlowId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_flow_id: ::std::option::Option<::std::string::String>,
}
impl ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            control_flow_id: ::std::option::Option::None,
        }
    }
    /// Sets `control_flow_id`.
    #[must_use]
    pub fn with_control_flow_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.control_flow_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The accepted bundle of transfers, after the step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Identifier the application (third-party provider) gave the bundle.
    #[serde(
        rename = "tppBundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tpp_bundle_id: ::std::option::Option<::std::string::String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(
        rename = "citiBundleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citi_bundle_id: ::std::option::Option<::std::string::String>,
}
impl ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_status: ::std::option::Option::None,
            tpp_bundle_id: ::std::option::Option::None,
            citi_bundle_id: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_status`.
    #[must_use]
    pub fn with_transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tpp_bundle_id`.
    #[must_use]
    pub fn with_tpp_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tpp_bundle_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `citi_bundle_id`.
    #[must_use]
    pub fn with_citi_bundle_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.citi_bundle_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Eligible source accounts and payees for external domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExtDmstcValidPayeeDestAcctsResponse {
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<ExternalDomesticSourceAccounts>,
    #[serde(rename = "payeeSourceAccountCombinations")]
    pub payee_source_account_combinations: ::std::vec::Vec<
        ExternalDomesticPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl ExtDmstcValidPayeeDestAcctsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<
            ::std::vec::Vec<ExternalDomesticSourceAccounts>,
        >,
        payee_source_account_combinations: impl ::std::convert::Into<
            ::std::vec::Vec<ExternalDomesticPayeeSourceAccountCombinations>,
        >,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            payee_source_account_combinations: payee_source_account_combinations.into(),
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// An ad hoc transfer to an account at another domestic bank, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticDetails {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(rename = "paymentMethod")]
    pub payment_method: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(
        rename = "paymentType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<::std::string::String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "foreignExchangeReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foreign_exchange_reference_number: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "payeeAccountDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_details: ::std::option::Option<PayeeAccountDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::vec::Vec<Remarks>>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
}
impl ExternalDomesticDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
        payment_method: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            transaction_amount: transaction_amount.into(),
            payment_type: ::std::option::Option::None,
            foreign_exchange_reference_number: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            payee_account_details: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
        }
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_reference_number`.
    #[must_use]
    pub fn with_foreign_exchange_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.foreign_exchange_reference_number = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl ::std::convert::Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// Payee holding an account with another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    #[serde(rename = "payeeType")]
    pub payee_type: ::std::string::String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(
        rename = "payeeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_status: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(
        rename = "paymentPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_priority: ::std::option::Option<::std::string::String>,
    /// Free-text notes on the payee.
    #[serde(rename = "payeeNotes")]
    pub payee_notes: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Name of the beneficiary's bank.
    #[serde(
        rename = "beneficiaryBankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_name: ::std::option::Option<::std::string::String>,
    /// Local bank code of the beneficiary's bank.
    #[serde(
        rename = "beneficiaryBankCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_code: ::std::option::Option<::std::string::String>,
    /// Whether the transfer is a utility bill payment. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `utilityBillPaymentIndicator`).
    #[serde(
        rename = "utilityBillPaymentIndicator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub utility_bill_payment_indicator: ::std::option::Option<::std::string::String>,
    /// Individual tax number of the beneficiary. Russia only; not used in Poland.
    #[serde(
        rename = "beneficiaryIndividualTaxNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_individual_tax_number: ::std::option::Option<::std::string::String>,
    /// Tax registration code of the beneficiary. Russia only; not used in Poland.
    #[serde(
        rename = "beneficiaryTaxRegistrationCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_tax_registration_code: ::std::option::Option<::std::string::String>,
    /// Type of tax declaration (field name spelled `taxDeclarationype` in the source). Russia only; not used in Poland.
    #[serde(
        rename = "taxDeclarationype",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_declarationype: ::std::option::Option<::std::string::String>,
    /// Year of the tax payment. Russia only; not used in Poland.
    #[serde(
        rename = "taxYear",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_year: ::std::option::Option<::std::string::String>,
    /// Period of the tax payment. Russia only; not used in Poland.
    #[serde(
        rename = "taxPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_period: ::std::option::Option<::std::string::String>,
    /// Type of identification document. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(
        rename = "idType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id_type: ::std::option::Option<::std::string::String>,
    /// Number of the identification document. Russia only; not used in Poland.
    #[serde(
        rename = "idNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id_number: ::std::option::Option<::std::string::String>,
}
impl ExternalDomesticPayee {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_type: impl ::std::convert::Into<::std::string::String>,
        payee_name: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payee_notes: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_type: payee_type.into(),
            payee_status: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            payee_name: payee_name.into(),
            payee_nick_name: payee_nick_name.into(),
            payment_priority: ::std::option::Option::None,
            payee_notes: payee_notes.into(),
            display_account_number: display_account_number.into(),
            account_id: account_id.into(),
            beneficiary_bank_name: ::std::option::Option::None,
            beneficiary_bank_code: ::std::option::Option::None,
            utility_bill_payment_indicator: ::std::option::Option::None,
            beneficiary_individual_tax_number: ::std::option::Option::None,
            beneficiary_tax_registration_code: ::std::option::Option::None,
            tax_declarationype: ::std::option::Option::None,
            tax_year: ::std::option::Option::None,
            tax_period: ::std::option::Option::None,
            id_type: ::std::option::Option::None,
            id_number: ::std::option::Option::None,
        }
    }
    /// Sets `payee_status`.
    #[must_use]
    pub fn with_payee_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_priority`.
    #[must_use]
    pub fn with_payment_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_name`.
    #[must_use]
    pub fn with_beneficiary_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_code`.
    #[must_use]
    pub fn with_beneficiary_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_bank_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `utility_bill_payment_indicator`.
    #[must_use]
    pub fn with_utility_bill_payment_indicator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.utility_bill_payment_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_individual_tax_number`.
    #[must_use]
    pub fn with_beneficiary_individual_tax_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_individual_tax_number = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `beneficiary_tax_registration_code`.
    #[must_use]
    pub fn with_beneficiary_tax_registration_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_tax_registration_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `tax_declarationype`.
    #[must_use]
    pub fn with_tax_declarationype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_declarationype = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_year`.
    #[must_use]
    pub fn with_tax_year(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_year = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_period`.
    #[must_use]
    pub fn with_tax_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_type`.
    #[must_use]
    pub fn with_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_number`.
    #[must_use]
    pub fn with_id_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// An external domestic payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticPayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayPayeeAccountNumber")]
    pub display_payee_account_number: ::std::string::String,
    /// Currency of the payee account (ISO 4217).
    #[serde(rename = "payeeAccountCurrencyCode")]
    pub payee_account_currency_code: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    #[serde(rename = "bankDetails")]
    pub bank_details: BankDetails,
    /// Payment methods available for the payee.
    #[serde(rename = "paymentMethods")]
    pub payment_methods: ::std::vec::Vec<PaymentMethod>,
    /// Source accounts that may pay this destination.
    #[serde(rename = "sourceAccountIds")]
    pub source_account_ids: ::std::vec::Vec<SourceAccountIds>,
}
impl ExternalDomesticPayeeSourceAccountCombinations {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        display_payee_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        bank_details: impl ::std::convert::Into<BankDetails>,
        payment_methods: impl ::std::convert::Into<::std::vec::Vec<PaymentMethod>>,
        source_account_ids: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            display_payee_account_number: display_payee_account_number.into(),
            payee_account_currency_code: payee_account_currency_code.into(),
            payee_nick_name: payee_nick_name.into(),
            bank_details: bank_details.into(),
            payment_methods: payment_methods.into(),
            source_account_ids: source_account_ids.into(),
        }
    }
}
/// A transfer to a registered payee at another domestic bank, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticPayments {
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(rename = "paymentMethod")]
    pub payment_method: ::std::string::String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "fxDealReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fx_deal_reference_number: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    /// Sub-purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferSubPurpose`).
    #[serde(
        rename = "transferSubPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_sub_purpose: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Whether the payment is made ahead of its due date.
    #[serde(
        rename = "anticipatoryPaymentFlag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anticipatory_payment_flag: ::std::option::Option<bool>,
    /// Identifier the application gives the payment, unique within the bundle.
    #[serde(
        rename = "uniquePaymentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unique_payment_id: ::std::option::Option<::std::string::String>,
}
impl ExternalDomesticPayments {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        payee_id: impl ::std::convert::Into<::std::string::String>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
        payment_method: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            fx_deal_reference_number: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
            transfer_sub_purpose: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            anticipatory_payment_flag: ::std::option::Option::None,
            unique_payment_id: ::std::option::Option::None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fx_deal_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_sub_purpose`.
    #[must_use]
    pub fn with_transfer_sub_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_sub_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `anticipatory_payment_flag`.
    #[must_use]
    pub fn with_anticipatory_payment_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.anticipatory_payment_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unique_payment_id`.
    #[must_use]
    pub fn with_unique_payment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unique_payment_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// An account that can be debited for external domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Currency of the source account (ISO 4217).
    #[serde(rename = "sourceAccountCurrencyCode")]
    pub source_account_currency_code: ::std::string::String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(rename = "accountGroup")]
    pub account_group: ::std::string::String,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    #[serde(
        rename = "accountNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nick_name: ::std::option::Option<::std::string::String>,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
}
impl ExternalDomesticSourceAccounts {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        account_group: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            display_source_account_number: display_source_account_number.into(),
            source_account_currency_code: source_account_currency_code.into(),
            account_group: account_group.into(),
            available_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            account_nick_name: ::std::option::Option::None,
            product_name: ::std::option::Option::None,
        }
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nick_name`.
    #[must_use]
    pub fn with_account_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Completes a transfer to an account at another domestic bank after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl ExternalDomesticTransferConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer to an account at another domestic bank, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticTransferConfirmationResponse {
    #[serde(
        rename = "sourceAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account: ::std::option::Option<SourceAccount>,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(
        rename = "payeeEnrollmentStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_enrollment_status: ::std::option::Option<::std::string::String>,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl ExternalDomesticTransferConfirmationResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: ::std::option::Option::None,
            payee_enrollment_status: ::std::option::Option::None,
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
    /// Sets `source_account`.
    #[must_use]
    pub fn with_source_account(
        mut self,
        value: impl ::std::convert::Into<SourceAccount>,
    ) -> Self {
        self.source_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_enrollment_status`.
    #[must_use]
    pub fn with_payee_enrollment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_enrollment_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed external domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl ExternalDomesticTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed external domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExternalDomesticTransferResponse {
    #[serde(rename = "sourceAccount")]
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl ExternalDomesticTransferResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account: impl ::std::convert::Into<SourceAccount>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: source_account.into(),
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
}
/// One-time future-dated execution.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct FutureDatedTransaction {
    /// Date the transfer is executed. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(rename = "scheduleDate")]
    pub schedule_date: ::chrono::NaiveDate,
}
impl FutureDatedTransaction {
    /// A value with the required fields set and every optional field empty.
    pub fn new(schedule_date: impl ::std::convert::Into<::chrono::NaiveDate>) -> Self {
        Self {
            schedule_date: schedule_date.into(),
        }
    }
}
/// IBBS payee (interbank bill payment payee; not a Polish scheme).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IbbsPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    #[serde(rename = "payeeType")]
    pub payee_type: ::std::string::String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(
        rename = "payeeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_status: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Free-text notes on the payee.
    #[serde(rename = "payeeNotes")]
    pub payee_notes: ::std::string::String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(
        rename = "paymentPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_priority: ::std::option::Option<::std::string::String>,
    /// Masked payee account number for display.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Name of the beneficiary's bank.
    #[serde(
        rename = "beneficiaryBankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_name: ::std::option::Option<::std::string::String>,
    /// Local bank code of the beneficiary's bank.
    #[serde(
        rename = "beneficiaryBankCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_code: ::std::option::Option<::std::string::String>,
    /// Whether the transfer is a utility bill payment. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `utilityBillPaymentIndicator`).
    #[serde(
        rename = "utilityBillPaymentIndicator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub utility_bill_payment_indicator: ::std::option::Option<::std::string::String>,
    /// Individual tax number of the beneficiary. Russia only; not used in Poland.
    #[serde(
        rename = "beneficiaryIndividualTaxNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_individual_tax_number: ::std::option::Option<::std::string::String>,
    /// Tax registration code of the beneficiary. Russia only; not used in Poland.
    #[serde(
        rename = "beneficiaryTaxRegistrationCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_tax_registration_code: ::std::option::Option<::std::string::String>,
}
impl IbbsPayee {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_type: impl ::std::convert::Into<::std::string::String>,
        payee_name: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payee_notes: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_type: payee_type.into(),
            payee_status: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            payee_name: payee_name.into(),
            payee_nick_name: payee_nick_name.into(),
            payee_notes: payee_notes.into(),
            payment_priority: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            account_id: account_id.into(),
            beneficiary_bank_name: ::std::option::Option::None,
            beneficiary_bank_code: ::std::option::Option::None,
            utility_bill_payment_indicator: ::std::option::Option::None,
            beneficiary_individual_tax_number: ::std::option::Option::None,
            beneficiary_tax_registration_code: ::std::option::Option::None,
        }
    }
    /// Sets `payee_status`.
    #[must_use]
    pub fn with_payee_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_priority`.
    #[must_use]
    pub fn with_payment_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_name`.
    #[must_use]
    pub fn with_beneficiary_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_code`.
    #[must_use]
    pub fn with_beneficiary_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_bank_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `utility_bill_payment_indicator`.
    #[must_use]
    pub fn with_utility_bill_payment_indicator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.utility_bill_payment_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_individual_tax_number`.
    #[must_use]
    pub fn with_beneficiary_individual_tax_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_individual_tax_number = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `beneficiary_tax_registration_code`.
    #[must_use]
    pub fn with_beneficiary_tax_registration_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_tax_registration_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// An ad hoc transfer to another Citi Handlowy customer, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticDetails {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    #[serde(
        rename = "payeeAccountDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_details: ::std::option::Option<PayeeAccountDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::vec::Vec<Remarks>>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
}
impl InternalDomesticDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            transaction_amount: transaction_amount.into(),
            payee_account_details: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
        }
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl ::std::convert::Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// Payee holding an account with Citi Handlowy.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    #[serde(rename = "payeeType")]
    pub payee_type: ::std::string::String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(
        rename = "payeeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_status: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(
        rename = "paymentPriority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_priority: ::std::option::Option<::std::string::String>,
    /// Free-text notes on the payee.
    #[serde(rename = "payeeNotes")]
    pub payee_notes: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Masked card number of the payee for display.
    #[serde(
        rename = "displayCardNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_card_number: ::std::option::Option<::std::string::String>,
    /// Identifier of the payee card (encrypted, opaque).
    #[serde(
        rename = "cardId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_id: ::std::option::Option<::std::string::String>,
}
impl InternalDomesticPayee {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_type: impl ::std::convert::Into<::std::string::String>,
        payee_name: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payee_notes: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_type: payee_type.into(),
            payee_status: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            payee_name: payee_name.into(),
            payee_nick_name: payee_nick_name.into(),
            payment_priority: ::std::option::Option::None,
            payee_notes: payee_notes.into(),
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            display_card_number: ::std::option::Option::None,
            card_id: ::std::option::Option::None,
        }
    }
    /// Sets `payee_status`.
    #[must_use]
    pub fn with_payee_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_priority`.
    #[must_use]
    pub fn with_payment_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_card_number`.
    #[must_use]
    pub fn with_display_card_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_card_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `card_id`.
    #[must_use]
    pub fn with_card_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// An internal payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticPayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayPayeeAccountNumber")]
    pub display_payee_account_number: ::std::string::String,
    /// Currency of the payee account (ISO 4217).
    #[serde(rename = "payeeAccountCurrencyCode")]
    pub payee_account_currency_code: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Source accounts that may pay this destination.
    #[serde(rename = "sourceAccountIds")]
    pub source_account_ids: ::std::vec::Vec<SourceAccountIds>,
}
impl InternalDomesticPayeeSourceAccountCombinations {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        display_payee_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        source_account_ids: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            display_payee_account_number: display_payee_account_number.into(),
            payee_account_currency_code: payee_account_currency_code.into(),
            payee_nick_name: payee_nick_name.into(),
            source_account_ids: source_account_ids.into(),
        }
    }
}
/// A transfer to a registered payee at Citi Handlowy, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticPayments {
    /// Amount of the transfer.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(
        rename = "payeeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_id: ::std::option::Option<::std::string::String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(
        rename = "chargeBearer",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_bearer: ::std::option::Option<::std::string::String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "fxDealReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fx_deal_reference_number: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Whether the payment is made ahead of its due date.
    #[serde(
        rename = "anticipatoryPaymentFlag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anticipatory_payment_flag: ::std::option::Option<bool>,
}
impl InternalDomesticPayments {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            transaction_amount: ::std::option::Option::None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: ::std::option::Option::None,
            charge_bearer: ::std::option::Option::None,
            fx_deal_reference_number: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            anticipatory_payment_flag: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_id`.
    #[must_use]
    pub fn with_payee_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge_bearer`.
    #[must_use]
    pub fn with_charge_bearer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_bearer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fx_deal_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `anticipatory_payment_flag`.
    #[must_use]
    pub fn with_anticipatory_payment_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.anticipatory_payment_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// An account that can be debited for internal domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Currency of the source account (ISO 4217).
    #[serde(rename = "sourceAccountCurrencyCode")]
    pub source_account_currency_code: ::std::string::String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(rename = "accountGroup")]
    pub account_group: ::std::string::String,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    #[serde(
        rename = "accountNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nick_name: ::std::option::Option<::std::string::String>,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
}
impl InternalDomesticSourceAccounts {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        account_group: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            display_source_account_number: display_source_account_number.into(),
            source_account_currency_code: source_account_currency_code.into(),
            account_group: account_group.into(),
            available_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            account_nick_name: ::std::option::Option::None,
            product_name: ::std::option::Option::None,
        }
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nick_name`.
    #[must_use]
    pub fn with_account_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Completes a transfer to another Citi Handlowy customer after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl InternalDomesticTransferConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer to another Citi Handlowy customer, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticTransferConfirmationResponse {
    #[serde(
        rename = "sourceAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account: ::std::option::Option<SourceAccount>,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(
        rename = "payeeEnrollmentStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_enrollment_status: ::std::option::Option<::std::string::String>,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl InternalDomesticTransferConfirmationResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: ::std::option::Option::None,
            payee_enrollment_status: ::std::option::Option::None,
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
    /// Sets `source_account`.
    #[must_use]
    pub fn with_source_account(
        mut self,
        value: impl ::std::convert::Into<SourceAccount>,
    ) -> Self {
        self.source_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_enrollment_status`.
    #[must_use]
    pub fn with_payee_enrollment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_enrollment_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed internal domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl InternalDomesticTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed internal domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticTransferResponse {
    #[serde(rename = "sourceAccount")]
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl InternalDomesticTransferResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account: impl ::std::convert::Into<SourceAccount>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: source_account.into(),
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
}
/// Eligible source accounts and payees for internal domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDomesticValidSourceDestinationAcccountsResponse {
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<InternalDomesticSourceAccounts>,
    #[serde(rename = "payeeSourceAccountCombinations")]
    pub payee_source_account_combinations: ::std::vec::Vec<
        InternalDomesticPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl InternalDomesticValidSourceDestinationAcccountsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<
            ::std::vec::Vec<InternalDomesticSourceAccounts>,
        >,
        payee_source_account_combinations: impl ::std::convert::Into<
            ::std::vec::Vec<InternalDomesticPayeeSourceAccountCombinations>,
        >,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            payee_source_account_combinations: payee_source_account_combinations.into(),
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// A biller.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Merchant {
    /// Name of the merchant.
    #[serde(rename = "merchantName")]
    pub merchant_name: ::std::string::String,
    /// Name of the merchant in the local language.
    #[serde(
        rename = "merchantNameLocal",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_name_local: ::std::option::Option<::std::string::String>,
    /// Identifier of the merchant.
    #[serde(rename = "merchantNumber")]
    pub merchant_number: ::std::string::String,
}
impl Merchant {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        merchant_name: impl ::std::convert::Into<::std::string::String>,
        merchant_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            merchant_name: merchant_name.into(),
            merchant_name_local: ::std::option::Option::None,
            merchant_number: merchant_number.into(),
        }
    }
    /// Sets `merchant_name_local`.
    #[must_use]
    pub fn with_merchant_name_local(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_name_local = ::std::option::Option::Some(value.into());
        self
    }
}
/// A relationship type the customer can have with the merchant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MerchantDetails {
    /// Relationship of the customer with the merchant.
    #[serde(rename = "merchantCustomerRelationshipType")]
    pub merchant_customer_relationship_type: ::std::string::String,
    /// Code of the relationship of the customer with the merchant.
    #[serde(
        rename = "merchantCustomerRelationshipTypeCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_customer_relationship_type_code: ::std::option::Option<
        ::std::string::String,
    >,
    /// Relationship of the customer with the merchant, in the local language.
    #[serde(
        rename = "merchantCustomerRelationshipTypeLocal",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_customer_relationship_type_local: ::std::option::Option<
        ::std::string::String,
    >,
}
impl MerchantDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        merchant_customer_relationship_type: impl ::std::convert::Into<
            ::std::string::String,
        >,
    ) -> Self {
        Self {
            merchant_customer_relationship_type: merchant_customer_relationship_type
                .into(),
            merchant_customer_relationship_type_code: ::std::option::Option::None,
            merchant_customer_relationship_type_local: ::std::option::Option::None,
        }
    }
    /// Sets `merchant_customer_relationship_type_code`.
    #[must_use]
    pub fn with_merchant_customer_relationship_type_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_customer_relationship_type_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `merchant_customer_relationship_type_local`.
    #[must_use]
    pub fn with_merchant_customer_relationship_type_local(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_customer_relationship_type_local = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// Details of one biller.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MerchantDetailsResponse {
    #[serde(
        rename = "merchantDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_details: ::std::option::Option<::std::vec::Vec<MerchantDetails>>,
}
impl MerchantDetailsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            merchant_details: ::std::option::Option::None,
        }
    }
    /// Sets `merchant_details`.
    #[must_use]
    pub fn with_merchant_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MerchantDetails>>,
    ) -> Self {
        self.merchant_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// A relationship of the customer with a merchant (bill payment payee).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MerchantInformation {
    /// Relationship of the customer with the merchant.
    #[serde(
        rename = "merchantCustomerRelationshipType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_customer_relationship_type: ::std::option::Option<
        ::std::string::String,
    >,
    /// Relationship of the customer with the merchant, in the local language.
    #[serde(
        rename = "merchantCustomerRelationshipTypeLocal",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_customer_relationship_type_local: ::std::option::Option<
        ::std::string::String,
    >,
    /// The customer's bill payment account number with the merchant.
    #[serde(rename = "billReferenceNumber")]
    pub bill_reference_number: ::std::string::String,
}
impl MerchantInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        bill_reference_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            merchant_customer_relationship_type: ::std::option::Option::None,
            merchant_customer_relationship_type_local: ::std::option::Option::None,
            bill_reference_number: bill_reference_number.into(),
        }
    }
    /// Sets `merchant_customer_relationship_type`.
    #[must_use]
    pub fn with_merchant_customer_relationship_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_customer_relationship_type = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `merchant_customer_relationship_type_local`.
    #[must_use]
    pub fn with_merchant_customer_relationship_type_local(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_customer_relationship_type_local = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// The merchants of one biller category.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MerchantInformationMl {
    /// Biller category. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billerCategoryCode`).
    #[serde(rename = "billerCategoryCode")]
    pub biller_category_code: ::std::string::String,
    pub merchants: ::std::vec::Vec<Merchant>,
}
impl MerchantInformationMl {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        biller_category_code: impl ::std::convert::Into<::std::string::String>,
        merchants: impl ::std::convert::Into<::std::vec::Vec<Merchant>>,
    ) -> Self {
        Self {
            biller_category_code: biller_category_code.into(),
            merchants: merchants.into(),
        }
    }
}
/// Billers (merchants) grouped by biller category.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MerchantListResponse {
    #[serde(
        rename = "merchantInformation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_information: ::std::option::Option<
        ::std::vec::Vec<MerchantInformationMl>,
    >,
}
impl MerchantListResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            merchant_information: ::std::option::Option::None,
        }
    }
    /// Sets `merchant_information`.
    #[must_use]
    pub fn with_merchant_information(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MerchantInformationMl>>,
    ) -> Self {
        self.merchant_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// A registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Payee {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee (spelled `payeeNickname` in this model).
    #[serde(rename = "payeeNickname")]
    pub payee_nickname: ::std::string::String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(rename = "paymentType")]
    pub payment_type: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Payment methods available for the payee.
    #[serde(
        rename = "paymentMethods",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_methods: ::std::option::Option<::std::vec::Vec<PaymentMethod>>,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(rename = "payeeStatus")]
    pub payee_status: ::std::string::String,
    /// Identifier of the merchant, for a biller payee.
    #[serde(
        rename = "merchantNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_number: ::std::option::Option<::std::string::String>,
    /// Type of bill, for a biller payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billTypeCode`).
    #[serde(
        rename = "billTypeCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_type_code: ::std::option::Option<::std::string::String>,
}
impl Payee {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        payee_name: impl ::std::convert::Into<::std::string::String>,
        payee_nickname: impl ::std::convert::Into<::std::string::String>,
        payment_type: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
        payee_status: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            payee_name: payee_name.into(),
            payee_nickname: payee_nickname.into(),
            payment_type: payment_type.into(),
            display_account_number: display_account_number.into(),
            account_id: account_id.into(),
            currency_code: ::std::option::Option::None,
            payment_methods: ::std::option::Option::None,
            payee_status: payee_status.into(),
            merchant_number: ::std::option::Option::None,
            bill_type_code: ::std::option::Option::None,
        }
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_methods`.
    #[must_use]
    pub fn with_payment_methods(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<PaymentMethod>>,
    ) -> Self {
        self.payment_methods = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_number`.
    #[must_use]
    pub fn with_merchant_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bill_type_code`.
    #[must_use]
    pub fn with_bill_type_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bill_type_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Unregistered beneficiary (SEPA; also used by the adhocWithPayeeCreation requests).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeAccountDetails {
    /// Clear (unmasked) account number or IBAN of the payee.
    #[serde(rename = "payeeAccountNumber")]
    pub payee_account_number: ::std::string::String,
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "payeeBankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_details: ::std::option::Option<PayeeBankDetails>,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
}
impl PayeeAccountDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: payee_name.into(),
            payee_nick_name: ::std::option::Option::None,
            payee_bank_details: ::std::option::Option::None,
            payee_address: ::std::option::Option::None,
        }
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl ::std::convert::Into<PayeeBankDetails>,
    ) -> Self {
        self.payee_bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Unregistered Citi Global Transfer beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    #[serde(rename = "payeeAccountNumber")]
    pub payee_account_number: ::std::string::String,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    /// Country of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(rename = "payeeCountryName")]
    pub payee_country_name: ::std::string::String,
}
impl PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_country_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
            payee_country_name: payee_country_name.into(),
        }
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Unregistered cross-border beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    #[serde(rename = "payeeAccountNumber")]
    pub payee_account_number: ::std::string::String,
    /// True if payeeAccountNumber is an IBAN.
    #[serde(
        rename = "accountIbanFlag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_iban_flag: ::std::option::Option<bool>,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(rename = "payeeCurrencyCode")]
    pub payee_currency_code: ::std::string::String,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    #[serde(
        rename = "payeeBankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_details: ::std::option::Option<
        PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess,
    >,
}
impl PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_currency_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            account_iban_flag: ::std::option::Option::None,
            payee_name: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
            payee_currency_code: payee_currency_code.into(),
            payee_address: ::std::option::Option::None,
            payee_bank_details: ::std::option::Option::None,
        }
    }
    /// Sets `account_iban_flag`.
    #[must_use]
    pub fn with_account_iban_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.account_iban_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl ::std::convert::Into<
            PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess,
        >,
    ) -> Self {
        self.payee_bank_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Unregistered beneficiary at another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocExtTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    #[serde(rename = "payeeAccountNumber")]
    pub payee_account_number: ::std::string::String,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(rename = "payeeCurrencyCode")]
    pub payee_currency_code: ::std::string::String,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    #[serde(
        rename = "bankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_details: ::std::option::Option<BankDetailsExtTransfer>,
}
impl PayeeAccountDetailsAdhocExtTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_currency_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
            payee_currency_code: payee_currency_code.into(),
            payee_address: ::std::option::Option::None,
            bank_details: ::std::option::Option::None,
        }
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_details`.
    #[must_use]
    pub fn with_bank_details(
        mut self,
        value: impl ::std::convert::Into<BankDetailsExtTransfer>,
    ) -> Self {
        self.bank_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Unregistered Citi Handlowy beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocIntTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    #[serde(rename = "payeeAccountNumber")]
    pub payee_account_number: ::std::string::String,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
}
impl PayeeAccountDetailsAdhocIntTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
        }
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Address of the payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeAddress {
    /// Address line 1.
    #[serde(rename = "addressLine1")]
    pub address_line1: ::std::string::String,
    /// Address line 2.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Address line 3.
    #[serde(
        rename = "addressLine3",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Country of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(
        rename = "countryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_name: ::std::option::Option<::std::string::String>,
}
impl PayeeAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new(address_line1: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            address_line1: address_line1.into(),
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            country_name: ::std::option::Option::None,
        }
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Address of the payee's bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeBankAddress {
    /// Address line 1.
    #[serde(rename = "addressLine1")]
    pub address_line1: ::std::string::String,
    /// Address line 2.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Address line 3.
    #[serde(
        rename = "addressLine3",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(
        rename = "countryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_name: ::std::option::Option<::std::string::String>,
}
impl PayeeBankAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new(address_line1: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            address_line1: address_line1.into(),
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            country_name: ::std::option::Option::None,
        }
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bank of an unregistered beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeBankDetails {
    /// SWIFT/BIC of the payee's bank.
    #[serde(rename = "globalBankCode")]
    pub global_bank_code: ::std::string::String,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(
        rename = "countryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_name: ::std::option::Option<::std::string::String>,
}
impl PayeeBankDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        global_bank_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            global_bank_code: global_bank_code.into(),
            country_name: ::std::option::Option::None,
        }
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bank of an unregistered cross-border beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess {
    /// Name of the bank.
    #[serde(
        rename = "payeeBankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_name: ::std::option::Option<::std::string::String>,
    /// SWIFT/BIC of the payee's bank.
    #[serde(rename = "globalBankCode")]
    pub global_bank_code: ::std::string::String,
    #[serde(
        rename = "payeeBankAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_address: ::std::option::Option<PayeeBankAddress>,
}
impl PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        global_bank_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_bank_name: ::std::option::Option::None,
            global_bank_code: global_bank_code.into(),
            payee_bank_address: ::std::option::Option::None,
        }
    }
    /// Sets `payee_bank_name`.
    #[must_use]
    pub fn with_payee_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_bank_address`.
    #[must_use]
    pub fn with_payee_bank_address(
        mut self,
        value: impl ::std::convert::Into<PayeeBankAddress>,
    ) -> Self {
        self.payee_bank_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bank of a Citi Global Transfer payee.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeBankDetailsCitiGlobalTransfer {
    /// Name of the bank.
    #[serde(
        rename = "bankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(
        rename = "countryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_name: ::std::option::Option<::std::string::String>,
}
impl PayeeBankDetailsCitiGlobalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bank_name: ::std::option::Option::None,
            country_name: ::std::option::Option::None,
        }
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bank of a cross-border payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeBankDetailsCrossBorderWireTransfer {
    /// SWIFT/BIC of the payee's bank.
    #[serde(rename = "globalBankCode")]
    pub global_bank_code: ::std::string::String,
    /// Name of the bank.
    #[serde(
        rename = "bankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "payeeBankAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_address: ::std::option::Option<PayeeBankAddress>,
}
impl PayeeBankDetailsCrossBorderWireTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        global_bank_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            global_bank_code: global_bank_code.into(),
            bank_name: ::std::option::Option::None,
            payee_bank_address: ::std::option::Option::None,
        }
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_bank_address`.
    #[must_use]
    pub fn with_payee_bank_address(
        mut self,
        value: impl ::std::convert::Into<PayeeBankAddress>,
    ) -> Self {
        self.payee_bank_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of one payee; the object matching the payee's destination type is populated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeDetailsResponse {
    #[serde(
        rename = "internalDomesticPayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_domestic_payee: ::std::option::Option<InternalDomesticPayee>,
    #[serde(
        rename = "externalDomesticPayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_domestic_payee: ::std::option::Option<ExternalDomesticPayee>,
    #[serde(
        rename = "billPaymentPayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bill_payment_payee: ::std::option::Option<BillPaymentPayee>,
    #[serde(
        rename = "ibbsPayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ibbs_payee: ::std::option::Option<IbbsPayee>,
    #[serde(
        rename = "citiGlobalTransferpayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citi_global_transferpayee: ::std::option::Option<CitiGlobalTransferpayee>,
    #[serde(
        rename = "crossBorderWireTransfersPayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cross_border_wire_transfers_payee: ::std::option::Option<
        CrossBorderWireTransfersPayee,
    >,
    #[serde(
        rename = "sepaTransferPayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sepa_transfer_payee: ::std::option::Option<SepaTransferPayee>,
}
impl PayeeDetailsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            internal_domestic_payee: ::std::option::Option::None,
            external_domestic_payee: ::std::option::Option::None,
            bill_payment_payee: ::std::option::Option::None,
            ibbs_payee: ::std::option::Option::None,
            citi_global_transferpayee: ::std::option::Option::None,
            cross_border_wire_transfers_payee: ::std::option::Option::None,
            sepa_transfer_payee: ::std::option::Option::None,
        }
    }
    /// Sets `internal_domestic_payee`.
    #[must_use]
    pub fn with_internal_domestic_payee(
        mut self,
        value: impl ::std::convert::Into<InternalDomesticPayee>,
    ) -> Self {
        self.internal_domestic_payee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `external_domestic_payee`.
    #[must_use]
    pub fn with_external_domestic_payee(
        mut self,
        value: impl ::std::convert::Into<ExternalDomesticPayee>,
    ) -> Self {
        self.external_domestic_payee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bill_payment_payee`.
    #[must_use]
    pub fn with_bill_payment_payee(
        mut self,
        value: impl ::std::convert::Into<BillPaymentPayee>,
    ) -> Self {
        self.bill_payment_payee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ibbs_payee`.
    #[must_use]
    pub fn with_ibbs_payee(
        mut self,
        value: impl ::std::convert::Into<IbbsPayee>,
    ) -> Self {
        self.ibbs_payee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `citi_global_transferpayee`.
    #[must_use]
    pub fn with_citi_global_transferpayee(
        mut self,
        value: impl ::std::convert::Into<CitiGlobalTransferpayee>,
    ) -> Self {
        self.citi_global_transferpayee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cross_border_wire_transfers_payee`.
    #[must_use]
    pub fn with_cross_border_wire_transfers_payee(
        mut self,
        value: impl ::std::convert::Into<CrossBorderWireTransfersPayee>,
    ) -> Self {
        self.cross_border_wire_transfers_payee = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `sepa_transfer_payee`.
    #[must_use]
    pub fn with_sepa_transfer_payee(
        mut self,
        value: impl ::std::convert::Into<SepaTransferPayee>,
    ) -> Self {
        self.sepa_transfer_payee = ::std::option::Option::Some(value.into());
        self
    }
}
/// Registered payees of the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeListResponse {
    #[serde(rename = "payeeList")]
    pub payee_list: ::std::vec::Vec<Payee>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl PayeeListResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(payee_list: impl ::std::convert::Into<::std::vec::Vec<Payee>>) -> Self {
        Self {
            payee_list: payee_list.into(),
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// A payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(
        rename = "displayPayeeAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_payee_account_number: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(rename = "payeeAccountCurrencyCode")]
    pub payee_account_currency_code: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    #[serde(
        rename = "bankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_details: ::std::option::Option<BankDetails>,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(
        rename = "paymentType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<::std::string::String>,
    /// Payment methods available for the payee.
    #[serde(rename = "paymentMethods")]
    pub payment_methods: ::std::vec::Vec<PaymentMethod>,
    /// Identifier of the merchant (biller).
    #[serde(
        rename = "merchantNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_number: ::std::option::Option<::std::string::String>,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    /// Source accounts that may pay this destination.
    #[serde(rename = "sourceAccountIds")]
    pub source_account_ids: ::std::vec::Vec<SourceAccountIds>,
}
impl PayeeSourceAccountCombinations {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        payee_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payment_methods: impl ::std::convert::Into<::std::vec::Vec<PaymentMethod>>,
        source_account_ids: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            display_payee_account_number: ::std::option::Option::None,
            payee_account_currency_code: payee_account_currency_code.into(),
            payee_nick_name: payee_nick_name.into(),
            bank_details: ::std::option::Option::None,
            payment_type: ::std::option::Option::None,
            payment_methods: payment_methods.into(),
            merchant_number: ::std::option::Option::None,
            payee_name: ::std::option::Option::None,
            payee_address: ::std::option::Option::None,
            source_account_ids: source_account_ids.into(),
        }
    }
    /// Sets `display_payee_account_number`.
    #[must_use]
    pub fn with_display_payee_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_payee_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_details`.
    #[must_use]
    pub fn with_bank_details(
        mut self,
        value: impl ::std::convert::Into<BankDetails>,
    ) -> Self {
        self.bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_number`.
    #[must_use]
    pub fn with_merchant_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// A Citi Global Transfer payee and the source account that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsCitiGlobalTransfer {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayPayeeAccountNumber")]
    pub display_payee_account_number: ::std::string::String,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "payeeAccountCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_currency_code: ::std::option::Option<::std::string::String>,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "payeeBankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_details: ::std::option::Option<PayeeBankDetailsCitiGlobalTransfer>,
    #[serde(
        rename = "sourceAccountIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account_ids: ::std::option::Option<SourceAccountIds>,
}
impl PayeeSourceAccountCombinationsCitiGlobalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        display_payee_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            display_payee_account_number: display_payee_account_number.into(),
            payee_account_currency_code: ::std::option::Option::None,
            payee_name: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
            payee_bank_details: ::std::option::Option::None,
            source_account_ids: ::std::option::Option::None,
        }
    }
    /// Sets `payee_account_currency_code`.
    #[must_use]
    pub fn with_payee_account_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_account_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl ::std::convert::Into<PayeeBankDetailsCitiGlobalTransfer>,
    ) -> Self {
        self.payee_bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_account_ids`.
    #[must_use]
    pub fn with_source_account_ids(
        mut self,
        value: impl ::std::convert::Into<SourceAccountIds>,
    ) -> Self {
        self.source_account_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// A cross-border payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsCrossBorderWireTransfer {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayPayeeAccountNumber")]
    pub display_payee_account_number: ::std::string::String,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "payeeAccountCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_currency_code: ::std::option::Option<::std::string::String>,
    /// Name of the payee.
    #[serde(
        rename = "payeeName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "payeeBankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_details: ::std::option::Option<
        PayeeBankDetailsCrossBorderWireTransfer,
    >,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    /// Source accounts that may pay this destination.
    #[serde(
        rename = "sourceAccountIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account_ids: ::std::option::Option<::std::vec::Vec<SourceAccountIds>>,
}
impl PayeeSourceAccountCombinationsCrossBorderWireTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        display_payee_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            display_payee_account_number: display_payee_account_number.into(),
            payee_account_currency_code: ::std::option::Option::None,
            payee_name: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
            payee_bank_details: ::std::option::Option::None,
            payee_address: ::std::option::Option::None,
            source_account_ids: ::std::option::Option::None,
        }
    }
    /// Sets `payee_account_currency_code`.
    #[must_use]
    pub fn with_payee_account_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_account_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl ::std::convert::Into<PayeeBankDetailsCrossBorderWireTransfer>,
    ) -> Self {
        self.payee_bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_account_ids`.
    #[must_use]
    pub fn with_source_account_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        self.source_account_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// A SEPA payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsSepaTransfer {
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayPayeeAccountNumber")]
    pub display_payee_account_number: ::std::string::String,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "payeeAccountCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_currency_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the payee.
    #[serde(
        rename = "payeeNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_nick_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "bankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_details: ::std::option::Option<BankDetailsSepaTransfer>,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    /// Source accounts that may pay this destination.
    #[serde(rename = "sourceAccountIds")]
    pub source_account_ids: ::std::vec::Vec<SourceAccountIds>,
}
impl PayeeSourceAccountCombinationsSepaTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_id: impl ::std::convert::Into<::std::string::String>,
        display_payee_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_ids: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        Self {
            payee_id: payee_id.into(),
            display_payee_account_number: display_payee_account_number.into(),
            payee_account_currency_code: ::std::option::Option::None,
            payee_nick_name: ::std::option::Option::None,
            bank_details: ::std::option::Option::None,
            payee_address: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
            source_account_ids: source_account_ids.into(),
        }
    }
    /// Sets `payee_account_currency_code`.
    #[must_use]
    pub fn with_payee_account_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_account_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_nick_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_details`.
    #[must_use]
    pub fn with_bank_details(
        mut self,
        value: impl ::std::convert::Into<BankDetailsSepaTransfer>,
    ) -> Self {
        self.bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// A country transfers can be sent to, with what a transfer there needs.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PaymentCountry {
    /// Name of the country.
    #[serde(rename = "countryName")]
    pub country_name: ::std::string::String,
    /// ISO 3166 alpha-2 code of the country.
    #[serde(rename = "countryCode")]
    pub country_code: ::std::string::String,
    /// Local currency of the country (ISO 4217).
    #[serde(
        rename = "localCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_currency_code: ::std::option::Option<::std::string::String>,
    /// Name of the bank or branch identifier transfers to this country use (for example `SORT CODE` or `IFSC`), when there is one.
    #[serde(
        rename = "countryBankBranchIdentifier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_bank_branch_identifier: ::std::option::Option<::std::string::String>,
    /// Whether accounts in this country are identified by IBAN.
    #[serde(
        rename = "countryIbanFlag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_iban_flag: ::std::option::Option<bool>,
}
impl PaymentCountry {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        country_name: impl ::std::convert::Into<::std::string::String>,
        country_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            country_name: country_name.into(),
            country_code: country_code.into(),
            local_currency_code: ::std::option::Option::None,
            country_bank_branch_identifier: ::std::option::Option::None,
            country_iban_flag: ::std::option::Option::None,
        }
    }
    /// Sets `local_currency_code`.
    #[must_use]
    pub fn with_local_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_bank_branch_identifier`.
    #[must_use]
    pub fn with_country_bank_branch_identifier(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_bank_branch_identifier = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_iban_flag`.
    #[must_use]
    pub fn with_country_iban_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.country_iban_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// A payment method.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PaymentMethod {
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(
        rename = "paymentMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<::std::string::String>,
}
impl PaymentMethod {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            payment_method: ::std::option::Option::None,
        }
    }
    /// Sets `payment_method`.
    #[must_use]
    pub fn with_payment_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_method = ::std::option::Option::Some(value.into());
        self
    }
}
/// An own destination account and the source accounts that may fund it (personal transfers).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PersonalDomesticDestinationSourceAcctCombinations {
    /// Identifier of the destination account (encrypted, opaque).
    #[serde(rename = "destinationAccountId")]
    pub destination_account_id: ::std::string::String,
    /// Masked destination account number for display.
    #[serde(rename = "displayDestinationAccountNumber")]
    pub display_destination_account_number: ::std::string::String,
    /// Currency of the destination account (ISO 4217).
    #[serde(rename = "destinationAccountCurrencyCode")]
    pub destination_account_currency_code: ::std::string::String,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Outstanding balance (credit cards).
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Minimum amount due (credit cards).
    #[serde(
        rename = "minimumDueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last statement. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(
        rename = "lastStatementDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Payment due date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(
        rename = "paymentDueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Source accounts that may pay this destination.
    #[serde(rename = "sourceAccountIds")]
    pub source_account_ids: ::std::vec::Vec<SourceAccountIds>,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the account.
    #[serde(
        rename = "accountNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nick_name: ::std::option::Option<::std::string::String>,
}
impl PersonalDomesticDestinationSourceAcctCombinations {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        destination_account_id: impl ::std::convert::Into<::std::string::String>,
        display_destination_account_number: impl ::std::convert::Into<
            ::std::string::String,
        >,
        destination_account_currency_code: impl ::std::convert::Into<
            ::std::string::String,
        >,
        source_account_ids: impl ::std::convert::Into<::std::vec::Vec<SourceAccountIds>>,
    ) -> Self {
        Self {
            destination_account_id: destination_account_id.into(),
            display_destination_account_number: display_destination_account_number
                .into(),
            destination_account_currency_code: destination_account_currency_code.into(),
            available_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            minimum_due_amount: ::std::option::Option::None,
            last_statement_date: ::std::option::Option::None,
            payment_due_date: ::std::option::Option::None,
            source_account_ids: source_account_ids.into(),
            product_name: ::std::option::Option::None,
            account_nick_name: ::std::option::Option::None,
        }
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minimum_due_amount`.
    #[must_use]
    pub fn with_minimum_due_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.minimum_due_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_statement_date`.
    #[must_use]
    pub fn with_last_statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_statement_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_due_date`.
    #[must_use]
    pub fn with_payment_due_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.payment_due_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nick_name`.
    #[must_use]
    pub fn with_account_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nick_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// An account that can be debited for personal (own-account) transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PersonalDomesticSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Currency of the source account (ISO 4217).
    #[serde(rename = "sourceAccountCurrencyCode")]
    pub source_account_currency_code: ::std::string::String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(rename = "accountGroup")]
    pub account_group: ::std::string::String,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the account.
    #[serde(
        rename = "accountNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nick_name: ::std::option::Option<::std::string::String>,
}
impl PersonalDomesticSourceAccounts {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        account_group: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            display_source_account_number: display_source_account_number.into(),
            source_account_currency_code: source_account_currency_code.into(),
            account_group: account_group.into(),
            available_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            product_name: ::std::option::Option::None,
            account_nick_name: ::std::option::Option::None,
        }
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nick_name`.
    #[must_use]
    pub fn with_account_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nick_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Completes a transfer between the customer's own accounts after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PersonalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl PersonalDomesticTransferConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer between the customer's own accounts, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PersonalDomesticTransferConfirmationResponse {
    #[serde(
        rename = "sourceAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account: ::std::option::Option<SourceAccount>,
    #[serde(rename = "destinationAccount")]
    pub destination_account: DestinationAccount,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl PersonalDomesticTransferConfirmationResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        destination_account: impl ::std::convert::Into<DestinationAccount>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: ::std::option::Option::None,
            destination_account: destination_account.into(),
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
    /// Sets `source_account`.
    #[must_use]
    pub fn with_source_account(
        mut self,
        value: impl ::std::convert::Into<SourceAccount>,
    ) -> Self {
        self.source_account = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed personal transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PersonalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl PersonalDomesticTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed personal transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PersonalDomesticTransferResponse {
    #[serde(
        rename = "sourceAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account: ::std::option::Option<SourceAccount>,
    #[serde(rename = "destinationAccount")]
    pub destination_account: DestinationAccount,
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl PersonalDomesticTransferResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        destination_account: impl ::std::convert::Into<DestinationAccount>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account: ::std::option::Option::None,
            destination_account: destination_account.into(),
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
    /// Sets `source_account`.
    #[must_use]
    pub fn with_source_account(
        mut self,
        value: impl ::std::convert::Into<SourceAccount>,
    ) -> Self {
        self.source_account = ::std::option::Option::Some(value.into());
        self
    }
}
/// Eligible source and destination accounts for personal transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PersonalDomesticValidSrcDesAcctRes {
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<PersonalDomesticSourceAccounts>,
    #[serde(rename = "destinationSourceAcctCombinations")]
    pub destination_source_acct_combinations: ::std::vec::Vec<
        PersonalDomesticDestinationSourceAcctCombinations,
    >,
}
impl PersonalDomesticValidSrcDesAcctRes {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<
            ::std::vec::Vec<PersonalDomesticSourceAccounts>,
        >,
        destination_source_acct_combinations: impl ::std::convert::Into<
            ::std::vec::Vec<PersonalDomesticDestinationSourceAcctCombinations>,
        >,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            destination_source_acct_combinations: destination_source_acct_combinations
                .into(),
        }
    }
}
/// Result of a preprocess call: the flow id to confirm, amounts, FX rate and fees.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PreprocessForFundTransferResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(rename = "debitDetails")]
    pub debit_details: DebitDetails,
    #[serde(rename = "creditDetails")]
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(rename = "foreignExchangeRate", with = "crate::runtime::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl PreprocessForFundTransferResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        debit_details: impl ::std::convert::Into<DebitDetails>,
        credit_details: impl ::std::convert::Into<CreditDetails>,
        foreign_exchange_rate: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: debit_details.into(),
            credit_details: credit_details.into(),
            foreign_exchange_rate: foreign_exchange_rate.into(),
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to an account at another domestic bank, by destination account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Identifier of the destination account (encrypted, opaque), from the eligibility call.
    #[serde(rename = "destinationAccountId")]
    pub destination_account_id: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "fxDealReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fx_deal_reference_number: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
}
impl PreprocessFundTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        destination_account_id: impl ::std::convert::Into<::std::string::String>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            destination_account_id: destination_account_id.into(),
            charge_bearer: charge_bearer.into(),
            fx_deal_reference_number: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fx_deal_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to a registered payee at another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestExternalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(rename = "chargeBearer")]
    pub charge_bearer: ::std::string::String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(rename = "paymentMethod")]
    pub payment_method: ::std::string::String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "fxDealReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fx_deal_reference_number: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    #[serde(
        rename = "taxPaymentDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_payment_details: ::std::option::Option<TaxPaymentDetails>,
}
impl PreprocessFundTransferRequestExternalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        payee_id: impl ::std::convert::Into<::std::string::String>,
        charge_bearer: impl ::std::convert::Into<::std::string::String>,
        payment_method: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            fx_deal_reference_number: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            tax_payment_details: ::std::option::Option::None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fx_deal_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_payment_details`.
    #[must_use]
    pub fn with_tax_payment_details(
        mut self,
        value: impl ::std::convert::Into<TaxPaymentDetails>,
    ) -> Self {
        self.tax_payment_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to a registered Citi payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestInternalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "fxDealReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fx_deal_reference_number: ::std::option::Option<::std::string::String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(
        rename = "transferPurpose",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_purpose: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
}
impl PreprocessFundTransferRequestInternalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        payee_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: ::std::option::Option::None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            fx_deal_reference_number: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            transfer_purpose: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fx_deal_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_purpose = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a transfer between own accounts.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestPersonalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    #[serde(rename = "transferCurrencyIndicator")]
    pub transfer_currency_indicator: ::std::string::String,
    /// Identifier of the destination account (encrypted, opaque).
    #[serde(rename = "destinationAccountId")]
    pub destination_account_id: ::std::string::String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(
        rename = "fxDealReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fx_deal_reference_number: ::std::option::Option<::std::string::String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(
        rename = "paymentScheduleType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
}
impl PreprocessFundTransferRequestPersonalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl ::std::convert::Into<::std::string::String>,
        destination_account_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            destination_account_id: destination_account_id.into(),
            fx_deal_reference_number: ::std::option::Option::None,
            payment_schedule_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fx_deal_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_schedule_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// A payment note line.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Remarks {
    /// Free-text payment note.
    pub remarks: ::std::string::String,
}
impl Remarks {
    /// A value with the required fields set and every optional field empty.
    pub fn new(remarks: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { remarks: remarks.into() }
    }
}
/// The source accounts and payees a bundle of transfers can use, per payment method.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse {
    /// Source account and payee.
    #[serde(
        rename = "sourceAccountAndPayee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account_and_payee: ::std::option::Option<
        ::std::vec::Vec<SourceAccountAndPayee>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            source_account_and_payee: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `source_account_and_payee`.
    #[must_use]
    pub fn with_source_account_and_payee(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SourceAccountAndPayee>>,
    ) -> Self {
        self.source_account_and_payee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Status of every transfer of a bundle.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse {
    /// Transaction details.
    #[serde(
        rename = "transactionDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_details: ::std::option::Option<::std::vec::Vec<TransactionDetails>>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_details: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_details`.
    #[must_use]
    pub fn with_transaction_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<TransactionDetails>>,
    ) -> Self {
        self.transaction_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// The customer's standing instructions.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionRepeatingPaymentsResponse {
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
    /// Standing instructions.
    #[serde(
        rename = "standingInstructions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instructions: ::std::option::Option<
        ::std::vec::Vec<StandingInstructions>,
    >,
}
impl RetrievePaymentInitiationTransactionRepeatingPaymentsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            next_start_index: ::std::option::Option::None,
            standing_instructions: ::std::option::Option::None,
        }
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instructions`.
    #[must_use]
    pub fn with_standing_instructions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<StandingInstructions>>,
    ) -> Self {
        self.standing_instructions = ::std::option::Option::Some(value.into());
        self
    }
}
/// An ad hoc SEPA transfer, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Sepa {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Currency of the transaction (ISO 4217).
    #[serde(rename = "transactionCurrencyCode")]
    pub transaction_currency_code: ::std::string::String,
    /// Amount of the transfer.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    #[serde(
        rename = "payeeAccountDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_account_details: ::std::option::Option<PayeeAccountDetails>,
    #[serde(
        rename = "payeeAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_address: ::std::option::Option<PayeeAddress>,
    #[serde(
        rename = "payeeBankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_bank_details: ::std::option::Option<PayeeBankDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::vec::Vec<Remarks>>,
}
impl Sepa {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_currency_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_currency_code: transaction_currency_code.into(),
            transaction_amount: ::std::option::Option::None,
            payee_account_details: ::std::option::Option::None,
            payee_address: ::std::option::Option::None,
            payee_bank_details: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl ::std::convert::Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(
        mut self,
        value: impl ::std::convert::Into<PayeeAddress>,
    ) -> Self {
        self.payee_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl ::std::convert::Into<PayeeBankDetails>,
    ) -> Self {
        self.payee_bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Payee reached by SEPA transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SepaTransferPayee {
    /// Name of the payee.
    #[serde(rename = "payeeName")]
    pub payee_name: ::std::string::String,
    /// Nickname of the payee.
    #[serde(rename = "payeeNickName")]
    pub payee_nick_name: ::std::string::String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    #[serde(rename = "payeeType")]
    pub payee_type: ::std::string::String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(
        rename = "payeeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_status: ::std::option::Option<::std::string::String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(rename = "payeeCountryCode")]
    pub payee_country_code: ::std::string::String,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Masked payee account number for display.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Name of the beneficiary's bank.
    #[serde(
        rename = "beneficiaryBankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_name: ::std::option::Option<::std::string::String>,
    /// Local bank code of the beneficiary's bank.
    #[serde(
        rename = "beneficiaryBankCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_code: ::std::option::Option<::std::string::String>,
    /// Free-text notes on the payee.
    #[serde(rename = "payeeNotes")]
    pub payee_notes: ::std::string::String,
}
impl SepaTransferPayee {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_name: impl ::std::convert::Into<::std::string::String>,
        payee_nick_name: impl ::std::convert::Into<::std::string::String>,
        payee_type: impl ::std::convert::Into<::std::string::String>,
        payee_country_code: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        payee_notes: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            payee_name: payee_name.into(),
            payee_nick_name: payee_nick_name.into(),
            payee_type: payee_type.into(),
            payee_status: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            payee_country_code: payee_country_code.into(),
            account_id: account_id.into(),
            display_account_number: display_account_number.into(),
            beneficiary_bank_name: ::std::option::Option::None,
            beneficiary_bank_code: ::std::option::Option::None,
            payee_notes: payee_notes.into(),
        }
    }
    /// Sets `payee_status`.
    #[must_use]
    pub fn with_payee_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payee_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_name`.
    #[must_use]
    pub fn with_beneficiary_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_code`.
    #[must_use]
    pub fn with_beneficiary_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_bank_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed SEPA transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SepaTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
}
impl SepaTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed SEPA transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SepaTransferResponse {
    /// Reference of the executed transaction.
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
    #[serde(rename = "sourceAccountDetails")]
    pub source_account_details: SourceAccountDetails,
}
impl SepaTransferResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
        source_account_details: impl ::std::convert::Into<SourceAccountDetails>,
    ) -> Self {
        Self {
            transaction_reference_id: transaction_reference_id.into(),
            source_account_details: source_account_details.into(),
        }
    }
}
/// Eligible source accounts and payees for SEPA transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SepaTransfersAccountPayeeEligibilityResponse {
    #[serde(rename = "sourceAccounts")]
    pub source_accounts: ::std::vec::Vec<SourceAccounts>,
    #[serde(
        rename = "payeeSourceAccountCombinations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_source_account_combinations: ::std::option::Option<
        ::std::vec::Vec<PayeeSourceAccountCombinationsSepaTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl SepaTransfersAccountPayeeEligibilityResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_accounts: impl ::std::convert::Into<::std::vec::Vec<SourceAccounts>>,
    ) -> Self {
        Self {
            source_accounts: source_accounts.into(),
            payee_source_account_combinations: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `payee_source_account_combinations`.
    #[must_use]
    pub fn with_payee_source_account_combinations(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<PayeeSourceAccountCombinationsSepaTransfer>,
        >,
    ) -> Self {
        self.payee_source_account_combinations = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Preprocess request of a SEPA transfer to a registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SepaTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(rename = "payeeId")]
    pub payee_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Payment notes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::vec::Vec<Remarks>>,
}
impl SepaTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        payee_id: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_id: payee_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Remarks>>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of a SEPA preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SepaTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<DebitDetails>,
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl SepaTransfersPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<DebitDetails>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<CreditDetails>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Source account after the transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccount {
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Available balance of the source account after the transfer.
    #[serde(rename = "sourceAccountAvailableBalance", with = "crate::runtime::decimal")]
    pub source_account_available_balance: ::rust_decimal::Decimal,
    /// Currency of the source account (ISO 4217).
    #[serde(
        rename = "sourceCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_currency_code: ::std::option::Option<::std::string::String>,
}
impl SourceAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_available_balance: impl ::std::convert::Into<
            ::rust_decimal::Decimal,
        >,
    ) -> Self {
        Self {
            display_source_account_number: display_source_account_number.into(),
            source_account_available_balance: source_account_available_balance.into(),
            source_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `source_currency_code`.
    #[must_use]
    pub fn with_source_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// For one payment method: the accounts that can pay and the payees they can pay.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccountAndPayee {
    /// Payment method these accounts and payees are for. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(
        rename = "paymentMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<::std::string::String>,
    /// The eligible source accounts.
    #[serde(
        rename = "sourceAccounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_accounts: ::std::option::Option<::std::vec::Vec<SourceAccounts>>,
    /// Payee source account combinations.
    #[serde(
        rename = "payeeSourceAccountCombinations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_source_account_combinations: ::std::option::Option<
        ::std::vec::Vec<PayeeSourceAccountCombinations>,
    >,
}
impl SourceAccountAndPayee {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            payment_method: ::std::option::Option::None,
            source_accounts: ::std::option::Option::None,
            payee_source_account_combinations: ::std::option::Option::None,
        }
    }
    /// Sets `payment_method`.
    #[must_use]
    pub fn with_payment_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_method = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_accounts`.
    #[must_use]
    pub fn with_source_accounts(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SourceAccounts>>,
    ) -> Self {
        self.source_accounts = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_source_account_combinations`.
    #[must_use]
    pub fn with_payee_source_account_combinations(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<PayeeSourceAccountCombinations>>,
    ) -> Self {
        self.payee_source_account_combinations = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// Source account after the transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccountDetails {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(
        rename = "sourceAccountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account_id: ::std::option::Option<::std::string::String>,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Currency of the source account (ISO 4217).
    #[serde(
        rename = "sourceAccountCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_account_currency_code: ::std::option::Option<::std::string::String>,
    /// Available balance of the source account after the transfer.
    #[serde(
        rename = "sourceAccountAvailableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub source_account_available_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl SourceAccountDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: ::std::option::Option::None,
            display_source_account_number: display_source_account_number.into(),
            source_account_currency_code: ::std::option::Option::None,
            source_account_available_balance: ::std::option::Option::None,
        }
    }
    /// Sets `source_account_id`.
    #[must_use]
    pub fn with_source_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_account_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_account_currency_code`.
    #[must_use]
    pub fn with_source_account_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_account_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_account_available_balance`.
    #[must_use]
    pub fn with_source_account_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.source_account_available_balance = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// Reference to a source account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccountIds {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
}
impl SourceAccountIds {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
        }
    }
}
/// An account that can be debited.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Currency of the source account (ISO 4217).
    #[serde(rename = "sourceAccountCurrencyCode")]
    pub source_account_currency_code: ::std::string::String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(rename = "accountGroup")]
    pub account_group: ::std::string::String,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Nickname of the account.
    #[serde(
        rename = "accountNickName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nick_name: ::std::option::Option<::std::string::String>,
}
impl SourceAccounts {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        account_group: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            display_source_account_number: display_source_account_number.into(),
            source_account_currency_code: source_account_currency_code.into(),
            account_group: account_group.into(),
            available_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            product_name: ::std::option::Option::None,
            account_nick_name: ::std::option::Option::None,
        }
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nick_name`.
    #[must_use]
    pub fn with_account_nick_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nick_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// An account that can be debited for Citi Global Transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccountsCitiGlobalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Currency of the source account (ISO 4217).
    #[serde(rename = "sourceAccountCurrencyCode")]
    pub source_account_currency_code: ::std::string::String,
    /// Nickname of the account (spelled `accountNickname` in this model).
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(
        rename = "accountGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_group: ::std::option::Option<::std::string::String>,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl SourceAccountsCitiGlobalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_currency_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            display_source_account_number: display_source_account_number.into(),
            product_name: ::std::option::Option::None,
            source_account_currency_code: source_account_currency_code.into(),
            account_nickname: ::std::option::Option::None,
            account_group: ::std::option::Option::None,
            available_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_group`.
    #[must_use]
    pub fn with_account_group(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_group = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// An account that can be debited for cross-border wire transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAccountsCrossBorderWireTransfer {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(rename = "sourceAccountId")]
    pub source_account_id: ::std::string::String,
    /// Masked source account number for display.
    #[serde(rename = "displaySourceAccountNumber")]
    pub display_source_account_number: ::std::string::String,
    /// Product name of the account.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Currency of the source account (ISO 4217).
    #[serde(rename = "sourceAccountCurrencyCode")]
    pub source_account_currency_code: ::std::string::String,
    /// Nickname of the account (spelled `accountNickname` in this model).
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(rename = "accountGroup")]
    pub account_group: ::std::string::String,
    /// Available balance of the account.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl SourceAccountsCrossBorderWireTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl ::std::convert::Into<::std::string::String>,
        display_source_account_number: impl ::std::convert::Into<::std::string::String>,
        source_account_currency_code: impl ::std::convert::Into<::std::string::String>,
        account_group: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            display_source_account_number: display_source_account_number.into(),
            product_name: ::std::option::Option::None,
            source_account_currency_code: source_account_currency_code.into(),
            account_nickname: ::std::option::Option::None,
            account_group: account_group.into(),
            available_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// Recurring execution (standing instruction); kept for fidelity: Poland allows only immediate and one-time future-dated schedules.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StandingInstruction {
    /// First execution date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(rename = "standingInstructionStartDate")]
    pub standing_instruction_start_date: ::chrono::NaiveDate,
    /// Frequency of the payments. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentFrequency`).
    #[serde(rename = "paymentFrequency")]
    pub payment_frequency: ::std::string::String,
    /// True if the instruction runs until cancelled.
    #[serde(
        rename = "perpetualFlag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub perpetual_flag: ::std::option::Option<bool>,
    /// Last execution date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(
        rename = "standingInstructionEndDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction_end_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl StandingInstruction {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        standing_instruction_start_date: impl ::std::convert::Into<::chrono::NaiveDate>,
        payment_frequency: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            standing_instruction_start_date: standing_instruction_start_date.into(),
            payment_frequency: payment_frequency.into(),
            perpetual_flag: ::std::option::Option::None,
            standing_instruction_end_date: ::std::option::Option::None,
        }
    }
    /// Sets `perpetual_flag`.
    #[must_use]
    pub fn with_perpetual_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.perpetual_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction_end_date`.
    #[must_use]
    pub fn with_standing_instruction_end_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.standing_instruction_end_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// A standing instruction (repeating or future-dated payment) of the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StandingInstructions {
    /// Reference of the standing instruction (the transaction that set it up).
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
    /// Masked number of the account the standing instruction debits.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(rename = "paymentMethod")]
    pub payment_method: ::std::string::String,
    /// Sort code (bank code) of the payee account.
    #[serde(
        rename = "bankSortCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_sort_code: ::std::option::Option<::std::string::String>,
    /// Amount of the transfer.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Name of the payee of the standing instruction.
    pub payee: ::std::string::String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(
        rename = "paymentType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
}
impl StandingInstructions {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
        payment_method: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        payee: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            transaction_reference_id: transaction_reference_id.into(),
            display_account_number: display_account_number.into(),
            account_id: account_id.into(),
            payment_method: payment_method.into(),
            bank_sort_code: ::std::option::Option::None,
            transaction_amount: transaction_amount.into(),
            payee: payee.into(),
            payment_type: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `bank_sort_code`.
    #[must_use]
    pub fn with_bank_sort_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_sort_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// Tax-office payment data.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TaxPaymentDetails {
    /// Type of identification document. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(rename = "idType")]
    pub id_type: ::std::string::String,
    /// Number of the identification document.
    #[serde(rename = "idNumber")]
    pub id_number: ::std::string::String,
    /// Type of tax declaration. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `taxDeclarationType`).
    #[serde(rename = "taxDeclarationType")]
    pub tax_declaration_type: ::std::string::String,
    /// Year of the tax payment.
    #[serde(rename = "taxPaymentYear")]
    pub tax_payment_year: ::std::string::String,
    /// Month of the tax payment.
    #[serde(
        rename = "taxPaymentMonth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_payment_month: ::std::option::Option<::std::string::String>,
    /// Day of the tax payment.
    #[serde(
        rename = "taxPaymentDay",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_payment_day: ::std::option::Option<::std::string::String>,
    /// Period of the tax payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `taxPaymentPeriod`).
    #[serde(
        rename = "taxPaymentPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_payment_period: ::std::option::Option<::std::string::String>,
    /// Number of the tax payment period.
    #[serde(
        rename = "taxPaymentPeriodNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_payment_period_number: ::std::option::Option<::std::string::String>,
}
impl TaxPaymentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        id_type: impl ::std::convert::Into<::std::string::String>,
        id_number: impl ::std::convert::Into<::std::string::String>,
        tax_declaration_type: impl ::std::convert::Into<::std::string::String>,
        tax_payment_year: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id_type: id_type.into(),
            id_number: id_number.into(),
            tax_declaration_type: tax_declaration_type.into(),
            tax_payment_year: tax_payment_year.into(),
            tax_payment_month: ::std::option::Option::None,
            tax_payment_day: ::std::option::Option::None,
            tax_payment_period: ::std::option::Option::None,
            tax_payment_period_number: ::std::option::Option::None,
        }
    }
    /// Sets `tax_payment_month`.
    #[must_use]
    pub fn with_tax_payment_month(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_payment_month = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_payment_day`.
    #[must_use]
    pub fn with_tax_payment_day(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_payment_day = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_payment_period`.
    #[must_use]
    pub fn with_tax_payment_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_payment_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_payment_period_number`.
    #[must_use]
    pub fn with_tax_payment_period_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_payment_period_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// Status of one transfer of a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TransactionDetails {
    /// Identifier of the transfer within the bundle.
    #[serde(rename = "individualBundleId")]
    pub individual_bundle_id: ::std::string::String,
    /// Identifier of the executed transaction.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_id: ::std::option::Option<::std::string::String>,
    /// Name of the beneficiary.
    #[serde(
        rename = "beneficiaryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_name: ::std::option::Option<::std::string::String>,
    /// Name of the beneficiary's bank.
    #[serde(
        rename = "beneficiaryBankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_name: ::std::option::Option<::std::string::String>,
    /// Amount of the transfer.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the transaction (ISO 4217).
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Date of the transaction (YYYY-MM-DD).
    #[serde(
        rename = "transactionDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Kind of transaction. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(
        rename = "transactionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_type: ::std::option::Option<::std::string::String>,
}
impl TransactionDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        individual_bundle_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            individual_bundle_id: individual_bundle_id.into(),
            transaction_id: ::std::option::Option::None,
            beneficiary_name: ::std::option::Option::None,
            beneficiary_bank_name: ::std::option::Option::None,
            transaction_amount: ::std::option::Option::None,
            transaction_currency_code: ::std::option::Option::None,
            transaction_date: ::std::option::Option::None,
            transaction_status: ::std::option::Option::None,
            transaction_type: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_id`.
    #[must_use]
    pub fn with_transaction_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_name`.
    #[must_use]
    pub fn with_beneficiary_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_name`.
    #[must_use]
    pub fn with_beneficiary_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_date`.
    #[must_use]
    pub fn with_transaction_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_status`.
    #[must_use]
    pub fn with_transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_type`.
    #[must_use]
    pub fn with_transaction_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// Completes a change to a standing instruction after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(
        rename = "controlFlowId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_flow_id: ::std::option::Option<::std::string::String>,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            control_flow_id: ::std::option::Option::None,
        }
    }
    /// Sets `control_flow_id`.
    #[must_use]
    pub fn with_control_flow_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.control_flow_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The changed standing instruction.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse {
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Reference of the standing instruction (the transaction that set it up).
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            transaction_reference_id: transaction_reference_id.into(),
        }
    }
}
/// A change to a standing instruction, to be preprocessed.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest {
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(rename = "paymentMethod")]
    pub payment_method: ::std::string::String,
    /// Sort code (bank code) of the payee account.
    #[serde(
        rename = "bankSortCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_sort_code: ::std::option::Option<::std::string::String>,
    /// Reference of the standing instruction (the transaction that set it up).
    #[serde(rename = "transactionReferenceId")]
    pub transaction_reference_id: ::std::string::String,
    /// Amount of the transfer.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    #[serde(
        rename = "futureDatedTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub future_dated_transaction: ::std::option::Option<FutureDatedTransaction>,
    #[serde(
        rename = "standingInstruction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub standing_instruction: ::std::option::Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        account_id: impl ::std::convert::Into<::std::string::String>,
        payment_method: impl ::std::convert::Into<::std::string::String>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            payment_method: payment_method.into(),
            bank_sort_code: ::std::option::Option::None,
            transaction_reference_id: transaction_reference_id.into(),
            transaction_amount: ::std::option::Option::None,
            future_dated_transaction: ::std::option::Option::None,
            standing_instruction: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
        }
    }
    /// Sets `bank_sort_code`.
    #[must_use]
    pub fn with_bank_sort_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_sort_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl ::std::convert::Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl ::std::convert::Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}
/// A preprocessed change to a standing instruction, to be confirmed.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(rename = "controlFlowId")]
    pub control_flow_id: ::std::string::String,
    /// Debit details.
    #[serde(
        rename = "debitDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debit_details: ::std::option::Option<::std::vec::Vec<DebitDetails>>,
    /// Credit details.
    #[serde(
        rename = "creditDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_details: ::std::option::Option<::std::vec::Vec<CreditDetails>>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(
        rename = "transactionFee",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(
        rename = "feeCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_currency_code: ::std::option::Option<::std::string::String>,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            debit_details: ::std::option::Option::None,
            credit_details: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_fee: ::std::option::Option::None,
            fee_currency_code: ::std::option::Option::None,
        }
    }
    /// Sets `debit_details`.
    #[must_use]
    pub fn with_debit_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DebitDetails>>,
    ) -> Self {
        self.debit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_details`.
    #[must_use]
    pub fn with_credit_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<CreditDetails>>,
    ) -> Self {
        self.credit_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_fee`.
    #[must_use]
    pub fn with_transaction_fee(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_fee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fee_currency_code`.
    #[must_use]
    pub fn with_fee_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fee_currency_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Confirms a preprocessed change to a standing instruction.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsRequest {
    /// Identifier of the flow, from the preprocess call.
    #[serde(
        rename = "controlFlowId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub control_flow_id: ::std::option::Option<::std::string::String>,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            control_flow_id: ::std::option::Option::None,
        }
    }
    /// Sets `control_flow_id`.
    #[must_use]
    pub fn with_control_flow_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.control_flow_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Valid source and destination combinations across all transfer types.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ValidSourceDestinationAccountsResponse {
    #[serde(
        rename = "sourceAccounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_accounts: ::std::option::Option<::std::vec::Vec<SourceAccounts>>,
    #[serde(
        rename = "payeeSourceAccountCombinations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payee_source_account_combinations: ::std::option::Option<
        ::std::vec::Vec<PayeeSourceAccountCombinations>,
    >,
    #[serde(
        rename = "destinationSourceAcctCombinations",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_source_acct_combinations: ::std::option::Option<
        ::std::vec::Vec<DestinationSourceAcctCombinations>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl ValidSourceDestinationAccountsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            source_accounts: ::std::option::Option::None,
            payee_source_account_combinations: ::std::option::Option::None,
            destination_source_acct_combinations: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `source_accounts`.
    #[must_use]
    pub fn with_source_accounts(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SourceAccounts>>,
    ) -> Self {
        self.source_accounts = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payee_source_account_combinations`.
    #[must_use]
    pub fn with_payee_source_account_combinations(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<PayeeSourceAccountCombinations>>,
    ) -> Self {
        self.payee_source_account_combinations = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `destination_source_acct_combinations`.
    #[must_use]
    pub fn with_destination_source_acct_combinations(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<DestinationSourceAcctCombinations>,
        >,
    ) -> Self {
        self.destination_source_acct_combinations = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
