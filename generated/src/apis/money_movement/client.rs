// @generated from specs/money-movement.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Client for Citi Poland - Money Movement: one method per operation of `specs/money-movement.yaml`.
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
    /// Complete a transfer to a proxy after MFA step-up
    ///
    /// Completes a transfer to an account registered under a proxy after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn complete_account_proxy_transfer_after_mfa(
        &self,
        body: impl Into<super::types::AccountProxyTransfersConfirmationRequest>,
    ) -> super::operations::CompleteAccountProxyTransferAfterMfa {
        super::operations::CompleteAccountProxyTransferAfterMfa::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Complete a bundle of ad hoc transfers after MFA step-up
    ///
    /// Completes a bundle of ad hoc transfers after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response (sent as `controlFllowId`, the portal's spelling).
    ///
    /// `POST /v1/paymentInitiation/adhoc/multipleTransfers/confirmation/async`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn complete_adhoc_multiple_transfers_after_mfa(
        &self,
        body: impl Into<
            super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest,
        >,
    ) -> super::operations::CompleteAdhocMultipleTransfersAfterMfa {
        super::operations::CompleteAdhocMultipleTransfersAfterMfa::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Complete a transfer to an account at another domestic bank after MFA step-up
    ///
    /// Completes a transfer to an account at another domestic bank after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn complete_external_domestic_transfer_after_mfa(
        &self,
        body: impl Into<super::types::ExternalDomesticTransferConfirmationRequest>,
    ) -> super::operations::CompleteExternalDomesticTransferAfterMfa {
        super::operations::CompleteExternalDomesticTransferAfterMfa::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Complete a transfer to another Citi Handlowy customer after MFA step-up
    ///
    /// Completes a transfer to another Citi Handlowy customer after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn complete_internal_domestic_transfer_after_mfa(
        &self,
        body: impl Into<super::types::InternalDomesticTransferConfirmationRequest>,
    ) -> super::operations::CompleteInternalDomesticTransferAfterMfa {
        super::operations::CompleteInternalDomesticTransferAfterMfa::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Complete a bundle of transfers after MFA step-up
    ///
    /// Completes a bundle of transfers after a multi-factor authentication step-up: when the bundle call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/paymentInitiation/multipleTransfers/confirmation/async`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn complete_multiple_transfers_after_mfa(
        &self,
        body: impl Into<
            super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest,
        >,
    ) -> super::operations::CompleteMultipleTransfersAfterMfa {
        super::operations::CompleteMultipleTransfersAfterMfa::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Complete a transfer between the customer's own accounts after MFA step-up
    ///
    /// Completes a transfer between the customer's own accounts after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/personalDomesticTransfers/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn complete_personal_domestic_transfer_after_mfa(
        &self,
        body: impl Into<super::types::PersonalDomesticTransferConfirmationRequest>,
    ) -> super::operations::CompletePersonalDomesticTransferAfterMfa {
        super::operations::CompletePersonalDomesticTransferAfterMfa::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Complete a change to a standing instruction after MFA step-up
    ///
    /// Completes a change to a standing instruction after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response.
    ///
    /// `PUT /v1/paymentInitiation/repeatingPayments/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn complete_repeating_payment_update_after_mfa(
        &self,
        body: impl Into<
            super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest,
        >,
    ) -> super::operations::CompleteRepeatingPaymentUpdateAfterMfa {
        super::operations::CompleteRepeatingPaymentUpdateAfterMfa::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a transfer to a proxy
    ///
    /// Step 3 of a transfer to an account registered under a proxy: executes the preprocessed transfer. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_account_proxy_transfer(
        &self,
        body: impl Into<super::types::AccountProxyTransfersRequest>,
    ) -> super::operations::ConfirmAccountProxyTransfer {
        super::operations::ConfirmAccountProxyTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a bill payment
    ///
    /// Step 3: executes the preprocessed bill payment identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/billPayments`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_bill_payment(
        &self,
        body: impl Into<super::types::BillPaymentsRequest>,
    ) -> super::operations::ConfirmBillPayment {
        super::operations::ConfirmBillPayment::new(Clone::clone(self), body.into())
    }
    /// Confirm a Citi Global Transfer (to a Citi account in another country)
    ///
    /// Step 3: executes the preprocessed Citi Global Transfer (to a Citi account in another country) identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/citiGlobalTransfers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_citi_global_transfer(
        &self,
        body: impl Into<super::types::CitiGlobalTransfersRequest>,
    ) -> super::operations::ConfirmCitiGlobalTransfer {
        super::operations::ConfirmCitiGlobalTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a cross-border wire transfer
    ///
    /// Step 3: executes the preprocessed cross-border wire transfer identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/crossBorderWireTransfers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_cross_border_wire_transfer(
        &self,
        body: impl Into<super::types::CrossBorderWireTransfersRequest>,
    ) -> super::operations::ConfirmCrossBorderWireTransfer {
        super::operations::ConfirmCrossBorderWireTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a transfer to an account at another domestic bank
    ///
    /// Step 3: executes the preprocessed transfer to an account at another domestic bank identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_external_domestic_transfer(
        &self,
        body: impl Into<super::types::ExternalDomesticTransferRequest>,
    ) -> super::operations::ConfirmExternalDomesticTransfer {
        super::operations::ConfirmExternalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a transfer to another Citi Handlowy customer
    ///
    /// Step 3: executes the preprocessed transfer to another Citi Handlowy customer identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_internal_domestic_transfer(
        &self,
        body: impl Into<super::types::InternalDomesticTransferRequest>,
    ) -> super::operations::ConfirmInternalDomesticTransfer {
        super::operations::ConfirmInternalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a transfer between the customer's own accounts
    ///
    /// Step 3: executes the preprocessed transfer between the customer's own accounts identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
    ///
    /// `POST /v1/moneyMovement/personalDomesticTransfers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_personal_domestic_transfer(
        &self,
        body: impl Into<super::types::PersonalDomesticTransferRequest>,
    ) -> super::operations::ConfirmPersonalDomesticTransfer {
        super::operations::ConfirmPersonalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a SEPA transfer
    ///
    /// Step 3: executes the preprocessed SEPA transfer identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/sepaTransfers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_sepa_transfer(
        &self,
        body: impl Into<super::types::SepaTransferRequest>,
    ) -> super::operations::ConfirmSepaTransfer {
        super::operations::ConfirmSepaTransfer::new(Clone::clone(self), body.into())
    }
    /// Cancel a standing instruction
    ///
    /// Cancels a standing instruction of the account.
    ///
    /// `DELETE /v1/paymentInitiation/{accountId}/repeatingPayments/{transactionReferenceId}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn delete_repeating_payment(
        &self,
        account_id: impl Into<String>,
        transaction_reference_id: impl Into<String>,
    ) -> super::operations::DeleteRepeatingPayment {
        super::operations::DeleteRepeatingPayment::new(
            Clone::clone(self),
            account_id.into(),
            transaction_reference_id.into(),
        )
    }
    /// Send a bundle of ad hoc transfers
    ///
    /// Submits up to one ad hoc transfer of each kind (Citi Handlowy, other domestic bank, international wire, SEPA) to payees that are not registered, as one bundle executed asynchronously. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `POST /v1/paymentInitiation/adhoc/multipleTransfers/async`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn execute_adhoc_multiple_transfers(
        &self,
        body: impl Into<
            super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest,
        >,
    ) -> super::operations::ExecuteAdhocMultipleTransfers {
        super::operations::ExecuteAdhocMultipleTransfers::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Send a bundle of transfers to registered payees
    ///
    /// Submits several transfers from one source account to registered payees (Citi Handlowy and other domestic banks) as one bundle, executed asynchronously; follow it with the status call. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `POST /v1/paymentInitiation/multipleTransfers/async`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn execute_multiple_transfers(
        &self,
        body: impl Into<
            super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest,
        >,
    ) -> super::operations::ExecuteMultipleTransfers {
        super::operations::ExecuteMultipleTransfers::new(Clone::clone(self), body.into())
    }
    /// Preprocess a transfer to a proxy
    ///
    /// Step 2 of a transfer to an account registered under a proxy: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_account_proxy_transfer(
        &self,
        body: impl Into<super::types::AccountProxyTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessAccountProxyTransfer {
        super::operations::PreprocessAccountProxyTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to a proxy and register the payee
    ///
    /// As the proxy preprocess call, and asks to add the payee to the registered payees; the payee is added when the transfer is confirmed.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers/preprocess/adhocWithPayeeCreation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_account_proxy_transfer_with_payee_creation(
        &self,
        body: impl Into<
            super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest,
        >,
    ) -> super::operations::PreprocessAdhocAccountProxyTransferWithPayeeCreation {
        super::operations::PreprocessAdhocAccountProxyTransferWithPayeeCreation::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a bill payment to an unregistered beneficiary
    ///
    /// Step 2 of a bill payment, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees. Uses the same request and response models as the preprocess call for a registered payee.
    ///
    /// `POST /v1/moneyMovement/billPayments/preprocess/adhoc`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_bill_payment(
        &self,
        body: impl Into<super::types::BillPaymentsPreprocessRequest>,
    ) -> super::operations::PreprocessAdhocBillPayment {
        super::operations::PreprocessAdhocBillPayment::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a Citi Global Transfer (to a Citi account in another country) to an unregistered beneficiary
    ///
    /// Step 2 of a Citi Global Transfer (to a Citi account in another country), to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/citiGlobalTransfers/preprocess/adhoc`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_citi_global_transfer(
        &self,
        body: impl Into<super::types::AdhocCitiGlobalTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessAdhocCitiGlobalTransfer {
        super::operations::PreprocessAdhocCitiGlobalTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a cross-border wire transfer to an unregistered beneficiary
    ///
    /// Step 2 of a cross-border wire transfer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/crossBorderWireTransfers/preprocess/adhoc`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_cross_border_wire_transfer(
        &self,
        body: impl Into<super::types::AdhocCrossBorderWireTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessAdhocCrossBorderWireTransfer {
        super::operations::PreprocessAdhocCrossBorderWireTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to an account at another domestic bank to an unregistered beneficiary
    ///
    /// Step 2 of a transfer to an account at another domestic bank, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess/adhoc`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_external_domestic_transfer(
        &self,
        body: impl Into<super::types::AdhocExtDmstcTransferPreprocessRequest>,
    ) -> super::operations::PreprocessAdhocExternalDomesticTransfer {
        super::operations::PreprocessAdhocExternalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to an account at another domestic bank to an unregistered beneficiary and register it as a payee
    ///
    /// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess/adhocWithPayeeCreation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_external_domestic_transfer_with_payee_creation(
        &self,
        body: impl Into<super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeRequest>,
    ) -> super::operations::PreprocessAdhocExternalDomesticTransferWithPayeeCreation {
        super::operations::PreprocessAdhocExternalDomesticTransferWithPayeeCreation::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to another Citi Handlowy customer to an unregistered beneficiary
    ///
    /// Step 2 of a transfer to another Citi Handlowy customer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess/adhoc`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_internal_domestic_transfer(
        &self,
        body: impl Into<super::types::AdhocInternalDmstcTransferPreprocessRequest>,
    ) -> super::operations::PreprocessAdhocInternalDomesticTransfer {
        super::operations::PreprocessAdhocInternalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to another Citi Handlowy customer to an unregistered beneficiary and register it as a payee
    ///
    /// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess/adhocWithPayeeCreation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_internal_domestic_transfer_with_payee_creation(
        &self,
        body: impl Into<
            super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest,
        >,
    ) -> super::operations::PreprocessAdhocInternalDomesticTransferWithPayeeCreation {
        super::operations::PreprocessAdhocInternalDomesticTransferWithPayeeCreation::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a SEPA transfer to an unregistered beneficiary
    ///
    /// Step 2 of a SEPA transfer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/emea/moneyMovement/sepaTransfers/preprocess/adhoc`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_adhoc_sepa_transfer(
        &self,
        body: impl Into<super::types::AdhocSepaTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessAdhocSepaTransfer {
        super::operations::PreprocessAdhocSepaTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a bill payment
    ///
    /// Step 2 of a bill payment, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/billPayments/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_bill_payment(
        &self,
        body: impl Into<super::types::BillPaymentsPreprocessRequest>,
    ) -> super::operations::PreprocessBillPayment {
        super::operations::PreprocessBillPayment::new(Clone::clone(self), body.into())
    }
    /// Preprocess a Citi Global Transfer (to a Citi account in another country)
    ///
    /// Step 2 of a Citi Global Transfer (to a Citi account in another country), to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/citiGlobalTransfers/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_citi_global_transfer(
        &self,
        body: impl Into<super::types::CitiGlobalTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessCitiGlobalTransfer {
        super::operations::PreprocessCitiGlobalTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a cross-border wire transfer
    ///
    /// Step 2 of a cross-border wire transfer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/crossBorderWireTransfers/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_cross_border_wire_transfer(
        &self,
        body: impl Into<super::types::CrossBorderWireTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessCrossBorderWireTransfer {
        super::operations::PreprocessCrossBorderWireTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to an account at another domestic bank
    ///
    /// Step 2 of a transfer to an account at another domestic bank, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfer/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_external_domestic_transfer(
        &self,
        body: impl Into<super::types::PreprocessFundTransferRequestExternalTransfer>,
    ) -> super::operations::PreprocessExternalDomesticTransfer {
        super::operations::PreprocessExternalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to an account at another domestic bank, by destination account
    ///
    /// Step 2 of a transfer to an account at another domestic bank, naming the destination account rather than a registered payee (the newer form of `POST /v1/moneyMovement/externalDomesticTransfer/preprocess`): validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_external_domestic_transfer_to_account(
        &self,
        body: impl Into<super::types::PreprocessFundTransferRequest>,
    ) -> super::operations::PreprocessExternalDomesticTransferToAccount {
        super::operations::PreprocessExternalDomesticTransferToAccount::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer to another Citi Handlowy customer
    ///
    /// Step 2 of a transfer to another Citi Handlowy customer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_internal_domestic_transfer(
        &self,
        body: impl Into<super::types::PreprocessFundTransferRequestInternalTransfer>,
    ) -> super::operations::PreprocessInternalDomesticTransfer {
        super::operations::PreprocessInternalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a transfer between the customer's own accounts
    ///
    /// Step 2 of a transfer between the customer's own accounts: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/personalDomesticTransfers/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_personal_domestic_transfer(
        &self,
        body: impl Into<super::types::PreprocessFundTransferRequestPersonalTransfer>,
    ) -> super::operations::PreprocessPersonalDomesticTransfer {
        super::operations::PreprocessPersonalDomesticTransfer::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a change to a standing instruction
    ///
    /// Step 1 of changing a standing instruction: validates the change and returns a `controlFlowId`, the amounts, the exchange rate and fees. Nothing changes until the update call.
    ///
    /// `POST /v1/paymentInitiation/repeatingPayments/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_repeating_payment_update(
        &self,
        body: impl Into<
            super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest,
        >,
    ) -> super::operations::PreprocessRepeatingPaymentUpdate {
        super::operations::PreprocessRepeatingPaymentUpdate::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Preprocess a SEPA transfer
    ///
    /// Step 2 of a SEPA transfer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/emea/moneyMovement/sepaTransfers/preprocess`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn preprocess_sepa_transfer(
        &self,
        body: impl Into<super::types::SepaTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessSepaTransfer {
        super::operations::PreprocessSepaTransfer::new(Clone::clone(self), body.into())
    }
    /// List the accounts that can pay a transfer to a proxy
    ///
    /// Step 1 of a transfer to an account registered under a proxy: the customer's accounts that can pay such a transfer, for one kind of proxy payment. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/moneyMovement/accountProxyTransfers/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_proxy_transfer_eligibility(
        &self,
        proxy_payment_type: impl Into<String>,
    ) -> super::operations::RetrieveAccountProxyTransferEligibility {
        super::operations::RetrieveAccountProxyTransferEligibility::new(
            Clone::clone(self),
            proxy_payment_type.into(),
        )
    }
    /// List eligible accounts for a bill payment
    ///
    /// Returns the accounts that can be debited and the registered billers each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/billPayments/payees/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_bill_payment_eligibility(
        &self,
    ) -> super::operations::RetrieveBillPaymentEligibility {
        super::operations::RetrieveBillPaymentEligibility::new(Clone::clone(self))
    }
    /// Get one biller
    ///
    /// Returns the details of one biller (merchant).
    ///
    /// `GET /v1/moneyMovement/billPayments/merchants/{merchantNumber}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_bill_payment_merchant_details(
        &self,
        merchant_number: impl Into<String>,
    ) -> super::operations::RetrieveBillPaymentMerchantDetails {
        super::operations::RetrieveBillPaymentMerchantDetails::new(
            Clone::clone(self),
            merchant_number.into(),
        )
    }
    /// List billers
    ///
    /// Returns the billers (merchants), grouped by biller category, optionally for one category.
    ///
    /// `GET /v1/moneyMovement/billPayments/merchants`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_bill_payment_merchants(
        &self,
    ) -> super::operations::RetrieveBillPaymentMerchants {
        super::operations::RetrieveBillPaymentMerchants::new(Clone::clone(self))
    }
    /// Get the outstanding bills of a biller payee
    ///
    /// Returns the outstanding bills of a registered biller payee (amount and due date of each) and the references the biller keeps for the customer.
    ///
    /// `GET /v1/moneyMovement/billPayments/payees/{payeeId}/billDetails`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_bill_payment_payee_bill_details(
        &self,
        payee_id: impl Into<String>,
    ) -> super::operations::RetrieveBillPaymentPayeeBillDetails {
        super::operations::RetrieveBillPaymentPayeeBillDetails::new(
            Clone::clone(self),
            payee_id.into(),
        )
    }
    /// List the source accounts and payees a bundle of transfers can use
    ///
    /// Step 1 of a bundle of transfers: per payment method, the accounts that can pay and the registered payees they can pay. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/paymentInitiation/bulk/sourceAccountAndPayees/eligibility`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_bulk_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveBulkTransferEligibility {
        super::operations::RetrieveBulkTransferEligibility::new(Clone::clone(self))
    }
    /// List eligible accounts for a Citi Global Transfer (to a Citi account in another country)
    ///
    /// Returns the accounts that can be debited and the registered Citi Global Transfer payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/citiGlobalTransfers/payees/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_citi_global_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveCitiGlobalTransferEligibility {
        super::operations::RetrieveCitiGlobalTransferEligibility::new(Clone::clone(self))
    }
    /// List eligible accounts for a cross-border wire transfer
    ///
    /// Returns the accounts that can be debited and the registered cross-border payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/crossBorderWireTransfers/payees/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_cross_border_wire_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveCrossBorderWireTransferEligibility {
        super::operations::RetrieveCrossBorderWireTransferEligibility::new(
            Clone::clone(self),
        )
    }
    /// List destination countries
    ///
    /// Returns the countries transfers can be sent to, with each country's code, local currency, bank-branch identifier and whether it uses IBANs. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/moneyMovement/destinationCountries`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_destination_countries(
        &self,
    ) -> super::operations::RetrieveDestinationCountries {
        super::operations::RetrieveDestinationCountries::new(Clone::clone(self))
    }
    /// List eligible accounts for a transfer to an account at another domestic bank
    ///
    /// Returns the accounts that can be debited and the registered payees at other domestic banks each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/externalDomesticTransfers/payees/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_external_domestic_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveExternalDomesticTransferEligibility {
        super::operations::RetrieveExternalDomesticTransferEligibility::new(
            Clone::clone(self),
        )
    }
    /// List eligible accounts for a transfer to another Citi Handlowy customer
    ///
    /// Returns the accounts that can be debited and the registered Citi Handlowy payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/internalDomesticTransfers/payees/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_internal_domestic_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveInternalDomesticTransferEligibility {
        super::operations::RetrieveInternalDomesticTransferEligibility::new(
            Clone::clone(self),
        )
    }
    /// Get the status of every transfer of a bundle
    ///
    /// Returns the status of each transfer of a bundle submitted with one of the bundle calls. Pages with `startIndex` (the index of the first transfer to return) and answers `nextStartIndex`.
    ///
    /// `GET /v1/paymentInitiation/multipleTransfers/{citiBundleId}/status`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_multiple_transfers_status(
        &self,
        citi_bundle_id: impl Into<String>,
    ) -> super::operations::RetrieveMultipleTransfersStatus {
        super::operations::RetrieveMultipleTransfersStatus::new(
            Clone::clone(self),
            citi_bundle_id.into(),
        )
    }
    /// Get one payee
    ///
    /// Returns one registered payee; the object matching the payee's destination type is populated.
    ///
    /// `GET /v1/moneyMovement/payees/{payeeId}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_payee(
        &self,
        payee_id: impl Into<String>,
    ) -> super::operations::RetrievePayee {
        super::operations::RetrievePayee::new(Clone::clone(self), payee_id.into())
    }
    /// Get additional details of one payee
    ///
    /// Returns the additional details of one registered payee (newer API of the same SDK). Response model inferred: PayeeDetailsResponse.
    ///
    /// `GET /v1/moneyMovement/payees/{payeeId}/details`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_payee_details(
        &self,
        payee_id: impl Into<String>,
    ) -> super::operations::RetrievePayeeDetails {
        super::operations::RetrievePayeeDetails::new(Clone::clone(self), payee_id.into())
    }
    /// List valid source and destination combinations
    ///
    /// Returns the valid source account / payee / own destination account combinations for all transfer types, optionally filtered by payment type.
    ///
    /// `GET /v1/moneyMovement/payees/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_payee_source_accounts(
        &self,
    ) -> super::operations::RetrievePayeeSourceAccounts {
        super::operations::RetrievePayeeSourceAccounts::new(Clone::clone(self))
    }
    /// List registered payees
    ///
    /// Returns the customer's registered payees, optionally filtered by payment type, one page at a time.
    ///
    /// `GET /v1/moneyMovement/payees`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_payees(&self) -> super::operations::RetrievePayees {
        super::operations::RetrievePayees::new(Clone::clone(self))
    }
    /// List eligible accounts for a transfer between the customer's own accounts
    ///
    /// Returns the customer's accounts that can be debited and the own accounts each can credit. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/personalDomesticTransfers/destinationAccounts/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_personal_domestic_transfer_eligibility(
        &self,
    ) -> super::operations::RetrievePersonalDomesticTransferEligibility {
        super::operations::RetrievePersonalDomesticTransferEligibility::new(
            Clone::clone(self),
        )
    }
    /// List the standing instructions
    ///
    /// Returns the customer's standing instructions (repeating and future-dated payments), optionally of one payment type. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/paymentInitiation/repeatingPayments`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_repeating_payments(
        &self,
    ) -> super::operations::RetrieveRepeatingPayments {
        super::operations::RetrieveRepeatingPayments::new(Clone::clone(self))
    }
    /// List eligible accounts for a SEPA transfer
    ///
    /// Returns the accounts that can be debited and the registered SEPA payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/emea/moneyMovement/sepaTransfers/payees/sourceAccounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_sepa_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveSepaTransferEligibility {
        super::operations::RetrieveSepaTransferEligibility::new(Clone::clone(self))
    }
    /// Change a standing instruction
    ///
    /// Step 2 of changing a standing instruction: applies the preprocessed change. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `PUT /v1/paymentInitiation/repeatingPayments`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn update_repeating_payment(
        &self,
        body: impl Into<
            super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsRequest,
        >,
    ) -> super::operations::UpdateRepeatingPayment {
        super::operations::UpdateRepeatingPayment::new(Clone::clone(self), body.into())
    }
}
