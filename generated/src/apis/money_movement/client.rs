// @generated from specs/money-movement.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// Client for Citi Poland - Money Movement: one method per operation of `specs/money-movement.yaml`.
///
/// Cheap to clone: clones share the connection pool, credentials and token cache.
#[derive(Clone, Debug)]
pub struct Client {
    api: crate::runtime::ApiClient,
}
impl Client {
    /// A client configured by `config` (environment, credentials, timeouts, retries).
    pub fn new(
        config: crate::runtime::Config,
    ) -> ::std::result::Result<Self, crate::runtime::ConfigError> {
        ::std::result::Result::Ok(Self {
            api: crate::runtime::ApiClient::new(config, &super::API)?,
        })
    }
    /// A client for this API that shares `api`'s connection pool, credentials, token cache
    /// and user session (for example one built for another product).
    pub fn from_api_client(api: &crate::runtime::ApiClient) -> Self {
        Self {
            api: api.for_api(&super::API),
        }
    }
    /// The runtime client this client sends through.
    pub fn api_client(&self) -> &crate::runtime::ApiClient {
        &self.api
    }
    /// The same client acting for a customer: operations that need a customer's token
    /// (three-legged OAuth) use this session's, refreshing it when it expires.
    pub fn with_session(&self, session: crate::runtime::UserSession) -> Self {
        Self {
            api: self.api.with_session(session),
        }
    }
    /// Complete a transfer to a proxy after MFA step-up
    ///
    /// Completes a transfer to an account registered under a proxy after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers/confirmation`
    pub fn complete_account_proxy_transfer_after_mfa(
        &self,
        body: impl ::std::convert::Into<
            super::types::AccountProxyTransfersConfirmationRequest,
        >,
    ) -> super::operations::CompleteAccountProxyTransferAfterMfa<'_> {
        super::operations::CompleteAccountProxyTransferAfterMfa::new(self, body.into())
    }
    /// Complete a bundle of ad hoc transfers after MFA step-up
    ///
    /// Completes a bundle of ad hoc transfers after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response (sent as `controlFllowId`, the portal's spelling).
    ///
    /// `POST /v1/paymentInitiation/adhoc/multipleTransfers/confirmation/async`
    pub fn complete_adhoc_multiple_transfers_after_mfa(
        &self,
        body: impl ::std::convert::Into<
            super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest,
        >,
    ) -> super::operations::CompleteAdhocMultipleTransfersAfterMfa<'_> {
        super::operations::CompleteAdhocMultipleTransfersAfterMfa::new(self, body.into())
    }
    /// Complete a transfer to an account at another domestic bank after MFA step-up
    ///
    /// Completes a transfer to an account at another domestic bank after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/confirmation`
    pub fn complete_external_domestic_transfer_after_mfa(
        &self,
        body: impl ::std::convert::Into<
            super::types::ExternalDomesticTransferConfirmationRequest,
        >,
    ) -> super::operations::CompleteExternalDomesticTransferAfterMfa<'_> {
        super::operations::CompleteExternalDomesticTransferAfterMfa::new(
            self,
            body.into(),
        )
    }
    /// Complete a transfer to another Citi Handlowy customer after MFA step-up
    ///
    /// Completes a transfer to another Citi Handlowy customer after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/confirmation`
    pub fn complete_internal_domestic_transfer_after_mfa(
        &self,
        body: impl ::std::convert::Into<
            super::types::InternalDomesticTransferConfirmationRequest,
        >,
    ) -> super::operations::CompleteInternalDomesticTransferAfterMfa<'_> {
        super::operations::CompleteInternalDomesticTransferAfterMfa::new(
            self,
            body.into(),
        )
    }
    /// Complete a bundle of transfers after MFA step-up
    ///
    /// Completes a bundle of transfers after a multi-factor authentication step-up: when the bundle call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/paymentInitiation/multipleTransfers/confirmation/async`
    pub fn complete_multiple_transfers_after_mfa(
        &self,
        body: impl ::std::convert::Into<
            super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest,
        >,
    ) -> super::operations::CompleteMultipleTransfersAfterMfa<'_> {
        super::operations::CompleteMultipleTransfersAfterMfa::new(self, body.into())
    }
    /// Complete a transfer between the customer's own accounts after MFA step-up
    ///
    /// Completes a transfer between the customer's own accounts after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
    ///
    /// `POST /v1/moneyMovement/personalDomesticTransfers/confirmation`
    pub fn complete_personal_domestic_transfer_after_mfa(
        &self,
        body: impl ::std::convert::Into<
            super::types::PersonalDomesticTransferConfirmationRequest,
        >,
    ) -> super::operations::CompletePersonalDomesticTransferAfterMfa<'_> {
        super::operations::CompletePersonalDomesticTransferAfterMfa::new(
            self,
            body.into(),
        )
    }
    /// Complete a change to a standing instruction after MFA step-up
    ///
    /// Completes a change to a standing instruction after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response.
    ///
    /// `PUT /v1/paymentInitiation/repeatingPayments/confirmation`
    pub fn complete_repeating_payment_update_after_mfa(
        &self,
        body: impl ::std::convert::Into<
            super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest,
        >,
    ) -> super::operations::CompleteRepeatingPaymentUpdateAfterMfa<'_> {
        super::operations::CompleteRepeatingPaymentUpdateAfterMfa::new(self, body.into())
    }
    /// Confirm a transfer to a proxy
    ///
    /// Step 3 of a transfer to an account registered under a proxy: executes the preprocessed transfer. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers`
    pub fn confirm_account_proxy_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::AccountProxyTransfersRequest>,
    ) -> super::operations::ConfirmAccountProxyTransfer<'_> {
        super::operations::ConfirmAccountProxyTransfer::new(self, body.into())
    }
    /// Confirm a bill payment
    ///
    /// Step 3: executes the preprocessed bill payment identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/billPayments`
    pub fn confirm_bill_payment(
        &self,
        body: impl ::std::convert::Into<super::types::BillPaymentsRequest>,
    ) -> super::operations::ConfirmBillPayment<'_> {
        super::operations::ConfirmBillPayment::new(self, body.into())
    }
    /// Confirm a Citi Global Transfer (to a Citi account in another country)
    ///
    /// Step 3: executes the preprocessed Citi Global Transfer (to a Citi account in another country) identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/citiGlobalTransfers`
    pub fn confirm_citi_global_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::CitiGlobalTransfersRequest>,
    ) -> super::operations::ConfirmCitiGlobalTransfer<'_> {
        super::operations::ConfirmCitiGlobalTransfer::new(self, body.into())
    }
    /// Confirm a cross-border wire transfer
    ///
    /// Step 3: executes the preprocessed cross-border wire transfer identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/crossBorderWireTransfers`
    pub fn confirm_cross_border_wire_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::CrossBorderWireTransfersRequest>,
    ) -> super::operations::ConfirmCrossBorderWireTransfer<'_> {
        super::operations::ConfirmCrossBorderWireTransfer::new(self, body.into())
    }
    /// Confirm a transfer to an account at another domestic bank
    ///
    /// Step 3: executes the preprocessed transfer to an account at another domestic bank identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers`
    pub fn confirm_external_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::ExternalDomesticTransferRequest>,
    ) -> super::operations::ConfirmExternalDomesticTransfer<'_> {
        super::operations::ConfirmExternalDomesticTransfer::new(self, body.into())
    }
    /// Confirm a transfer to another Citi Handlowy customer
    ///
    /// Step 3: executes the preprocessed transfer to another Citi Handlowy customer identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers`
    pub fn confirm_internal_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::InternalDomesticTransferRequest>,
    ) -> super::operations::ConfirmInternalDomesticTransfer<'_> {
        super::operations::ConfirmInternalDomesticTransfer::new(self, body.into())
    }
    /// Confirm a transfer between the customer's own accounts
    ///
    /// Step 3: executes the preprocessed transfer between the customer's own accounts identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
    ///
    /// `POST /v1/moneyMovement/personalDomesticTransfers`
    pub fn confirm_personal_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::PersonalDomesticTransferRequest>,
    ) -> super::operations::ConfirmPersonalDomesticTransfer<'_> {
        super::operations::ConfirmPersonalDomesticTransfer::new(self, body.into())
    }
    /// Confirm a SEPA transfer
    ///
    /// Step 3: executes the preprocessed SEPA transfer identified by `controlFlowId` and returns the transaction reference.
    ///
    /// `POST /v1/moneyMovement/sepaTransfers`
    pub fn confirm_sepa_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::SepaTransferRequest>,
    ) -> super::operations::ConfirmSepaTransfer<'_> {
        super::operations::ConfirmSepaTransfer::new(self, body.into())
    }
    /// Cancel a standing instruction
    ///
    /// Cancels a standing instruction of the account.
    ///
    /// `DELETE /v1/paymentInitiation/{accountId}/repeatingPayments/{transactionReferenceId}`
    pub fn delete_repeating_payment(
        &self,
        account_id: impl ::std::convert::Into<::std::string::String>,
        transaction_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> super::operations::DeleteRepeatingPayment<'_> {
        super::operations::DeleteRepeatingPayment::new(
            self,
            account_id.into(),
            transaction_reference_id.into(),
        )
    }
    /// Send a bundle of ad hoc transfers
    ///
    /// Submits up to one ad hoc transfer of each kind (Citi Handlowy, other domestic bank, international wire, SEPA) to payees that are not registered, as one bundle executed asynchronously. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `POST /v1/paymentInitiation/adhoc/multipleTransfers/async`
    pub fn execute_adhoc_multiple_transfers(
        &self,
        body: impl ::std::convert::Into<
            super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest,
        >,
    ) -> super::operations::ExecuteAdhocMultipleTransfers<'_> {
        super::operations::ExecuteAdhocMultipleTransfers::new(self, body.into())
    }
    /// Send a bundle of transfers to registered payees
    ///
    /// Submits several transfers from one source account to registered payees (Citi Handlowy and other domestic banks) as one bundle, executed asynchronously; follow it with the status call. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `POST /v1/paymentInitiation/multipleTransfers/async`
    pub fn execute_multiple_transfers(
        &self,
        body: impl ::std::convert::Into<
            super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest,
        >,
    ) -> super::operations::ExecuteMultipleTransfers<'_> {
        super::operations::ExecuteMultipleTransfers::new(self, body.into())
    }
    /// Preprocess a transfer to a proxy
    ///
    /// Step 2 of a transfer to an account registered under a proxy: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers/preprocess`
    pub fn preprocess_account_proxy_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::AccountProxyTransfersPreprocessRequest,
        >,
    ) -> super::operations::PreprocessAccountProxyTransfer<'_> {
        super::operations::PreprocessAccountProxyTransfer::new(self, body.into())
    }
    /// Preprocess a transfer to a proxy and register the payee
    ///
    /// As the proxy preprocess call, and asks to add the payee to the registered payees; the payee is added when the transfer is confirmed.
    ///
    /// `POST /v1/moneyMovement/accountProxyTransfers/preprocess/adhocWithPayeeCreation`
    pub fn preprocess_adhoc_account_proxy_transfer_with_payee_creation(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest,
        >,
    ) -> super::operations::PreprocessAdhocAccountProxyTransferWithPayeeCreation<'_> {
        super::operations::PreprocessAdhocAccountProxyTransferWithPayeeCreation::new(
            self,
            body.into(),
        )
    }
    /// Preprocess a bill payment to an unregistered beneficiary
    ///
    /// Step 2 of a bill payment, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees. Uses the same request and response models as the preprocess call for a registered payee.
    ///
    /// `POST /v1/moneyMovement/billPayments/preprocess/adhoc`
    pub fn preprocess_adhoc_bill_payment(
        &self,
        body: impl ::std::convert::Into<super::types::BillPaymentsPreprocessRequest>,
    ) -> super::operations::PreprocessAdhocBillPayment<'_> {
        super::operations::PreprocessAdhocBillPayment::new(self, body.into())
    }
    /// Preprocess a Citi Global Transfer (to a Citi account in another country) to an unregistered beneficiary
    ///
    /// Step 2 of a Citi Global Transfer (to a Citi account in another country), to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/citiGlobalTransfers/preprocess/adhoc`
    pub fn preprocess_adhoc_citi_global_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocCitiGlobalTransfersPreprocessRequest,
        >,
    ) -> super::operations::PreprocessAdhocCitiGlobalTransfer<'_> {
        super::operations::PreprocessAdhocCitiGlobalTransfer::new(self, body.into())
    }
    /// Preprocess a cross-border wire transfer to an unregistered beneficiary
    ///
    /// Step 2 of a cross-border wire transfer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/crossBorderWireTransfers/preprocess/adhoc`
    pub fn preprocess_adhoc_cross_border_wire_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocCrossBorderWireTransfersPreprocessRequest,
        >,
    ) -> super::operations::PreprocessAdhocCrossBorderWireTransfer<'_> {
        super::operations::PreprocessAdhocCrossBorderWireTransfer::new(self, body.into())
    }
    /// Preprocess a transfer to an account at another domestic bank to an unregistered beneficiary
    ///
    /// Step 2 of a transfer to an account at another domestic bank, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess/adhoc`
    pub fn preprocess_adhoc_external_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocExtDmstcTransferPreprocessRequest,
        >,
    ) -> super::operations::PreprocessAdhocExternalDomesticTransfer<'_> {
        super::operations::PreprocessAdhocExternalDomesticTransfer::new(
            self,
            body.into(),
        )
    }
    /// Preprocess a transfer to an account at another domestic bank to an unregistered beneficiary and register it as a payee
    ///
    /// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess/adhocWithPayeeCreation`
    pub fn preprocess_adhoc_external_domestic_transfer_with_payee_creation(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeRequest,
        >,
    ) -> super::operations::PreprocessAdhocExternalDomesticTransferWithPayeeCreation<
        '_,
    > {
        super::operations::PreprocessAdhocExternalDomesticTransferWithPayeeCreation::new(
            self,
            body.into(),
        )
    }
    /// Preprocess a transfer to another Citi Handlowy customer to an unregistered beneficiary
    ///
    /// Step 2 of a transfer to another Citi Handlowy customer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess/adhoc`
    pub fn preprocess_adhoc_internal_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocInternalDmstcTransferPreprocessRequest,
        >,
    ) -> super::operations::PreprocessAdhocInternalDomesticTransfer<'_> {
        super::operations::PreprocessAdhocInternalDomesticTransfer::new(
            self,
            body.into(),
        )
    }
    /// Preprocess a transfer to another Citi Handlowy customer to an unregistered beneficiary and register it as a payee
    ///
    /// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess/adhocWithPayeeCreation`
    pub fn preprocess_adhoc_internal_domestic_transfer_with_payee_creation(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest,
        >,
    ) -> super::operations::PreprocessAdhocInternalDomesticTransferWithPayeeCreation<
        '_,
    > {
        super::operations::PreprocessAdhocInternalDomesticTransferWithPayeeCreation::new(
            self,
            body.into(),
        )
    }
    /// Preprocess a SEPA transfer to an unregistered beneficiary
    ///
    /// Step 2 of a SEPA transfer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
    ///
    /// `POST /v1/emea/moneyMovement/sepaTransfers/preprocess/adhoc`
    pub fn preprocess_adhoc_sepa_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::AdhocSepaTransfersPreprocessRequest,
        >,
    ) -> super::operations::PreprocessAdhocSepaTransfer<'_> {
        super::operations::PreprocessAdhocSepaTransfer::new(self, body.into())
    }
    /// Preprocess a bill payment
    ///
    /// Step 2 of a bill payment, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/billPayments/preprocess`
    pub fn preprocess_bill_payment(
        &self,
        body: impl ::std::convert::Into<super::types::BillPaymentsPreprocessRequest>,
    ) -> super::operations::PreprocessBillPayment<'_> {
        super::operations::PreprocessBillPayment::new(self, body.into())
    }
    /// Preprocess a Citi Global Transfer (to a Citi account in another country)
    ///
    /// Step 2 of a Citi Global Transfer (to a Citi account in another country), to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/citiGlobalTransfers/preprocess`
    pub fn preprocess_citi_global_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::CitiGlobalTransfersPreprocessRequest,
        >,
    ) -> super::operations::PreprocessCitiGlobalTransfer<'_> {
        super::operations::PreprocessCitiGlobalTransfer::new(self, body.into())
    }
    /// Preprocess a cross-border wire transfer
    ///
    /// Step 2 of a cross-border wire transfer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/crossBorderWireTransfers/preprocess`
    pub fn preprocess_cross_border_wire_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::CrossBorderWireTransfersPreprocessRequest,
        >,
    ) -> super::operations::PreprocessCrossBorderWireTransfer<'_> {
        super::operations::PreprocessCrossBorderWireTransfer::new(self, body.into())
    }
    /// Preprocess a transfer to an account at another domestic bank
    ///
    /// Step 2 of a transfer to an account at another domestic bank, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfer/preprocess`
    pub fn preprocess_external_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::PreprocessFundTransferRequestExternalTransfer,
        >,
    ) -> super::operations::PreprocessExternalDomesticTransfer<'_> {
        super::operations::PreprocessExternalDomesticTransfer::new(self, body.into())
    }
    /// Preprocess a transfer to an account at another domestic bank, by destination account
    ///
    /// Step 2 of a transfer to an account at another domestic bank, naming the destination account rather than a registered payee (the newer form of `POST /v1/moneyMovement/externalDomesticTransfer/preprocess`): validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess`
    pub fn preprocess_external_domestic_transfer_to_account(
        &self,
        body: impl ::std::convert::Into<super::types::PreprocessFundTransferRequest>,
    ) -> super::operations::PreprocessExternalDomesticTransferToAccount<'_> {
        super::operations::PreprocessExternalDomesticTransferToAccount::new(
            self,
            body.into(),
        )
    }
    /// Preprocess a transfer to another Citi Handlowy customer
    ///
    /// Step 2 of a transfer to another Citi Handlowy customer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess`
    pub fn preprocess_internal_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::PreprocessFundTransferRequestInternalTransfer,
        >,
    ) -> super::operations::PreprocessInternalDomesticTransfer<'_> {
        super::operations::PreprocessInternalDomesticTransfer::new(self, body.into())
    }
    /// Preprocess a transfer between the customer's own accounts
    ///
    /// Step 2 of a transfer between the customer's own accounts: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/moneyMovement/personalDomesticTransfers/preprocess`
    pub fn preprocess_personal_domestic_transfer(
        &self,
        body: impl ::std::convert::Into<
            super::types::PreprocessFundTransferRequestPersonalTransfer,
        >,
    ) -> super::operations::PreprocessPersonalDomesticTransfer<'_> {
        super::operations::PreprocessPersonalDomesticTransfer::new(self, body.into())
    }
    /// Preprocess a change to a standing instruction
    ///
    /// Step 1 of changing a standing instruction: validates the change and returns a `controlFlowId`, the amounts, the exchange rate and fees. Nothing changes until the update call.
    ///
    /// `POST /v1/paymentInitiation/repeatingPayments/preprocess`
    pub fn preprocess_repeating_payment_update(
        &self,
        body: impl ::std::convert::Into<
            super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest,
        >,
    ) -> super::operations::PreprocessRepeatingPaymentUpdate<'_> {
        super::operations::PreprocessRepeatingPaymentUpdate::new(self, body.into())
    }
    /// Preprocess a SEPA transfer
    ///
    /// Step 2 of a SEPA transfer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
    ///
    /// `POST /v1/emea/moneyMovement/sepaTransfers/preprocess`
    pub fn preprocess_sepa_transfer(
        &self,
        body: impl ::std::convert::Into<super::types::SepaTransfersPreprocessRequest>,
    ) -> super::operations::PreprocessSepaTransfer<'_> {
        super::operations::PreprocessSepaTransfer::new(self, body.into())
    }
    /// List the accounts that can pay a transfer to a proxy
    ///
    /// Step 1 of a transfer to an account registered under a proxy: the customer's accounts that can pay such a transfer, for one kind of proxy payment. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/moneyMovement/accountProxyTransfers/sourceAccounts`
    pub fn retrieve_account_proxy_transfer_eligibility(
        &self,
        proxy_payment_type: impl ::std::convert::Into<::std::string::String>,
    ) -> super::operations::RetrieveAccountProxyTransferEligibility<'_> {
        super::operations::RetrieveAccountProxyTransferEligibility::new(
            self,
            proxy_payment_type.into(),
        )
    }
    /// List eligible accounts for a bill payment
    ///
    /// Returns the accounts that can be debited and the registered billers each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/billPayments/payees/sourceAccounts`
    pub fn retrieve_bill_payment_eligibility(
        &self,
    ) -> super::operations::RetrieveBillPaymentEligibility<'_> {
        super::operations::RetrieveBillPaymentEligibility::new(self)
    }
    /// Get one biller
    ///
    /// Returns the details of one biller (merchant).
    ///
    /// `GET /v1/moneyMovement/billPayments/merchants/{merchantNumber}`
    pub fn retrieve_bill_payment_merchant_details(
        &self,
        merchant_number: impl ::std::convert::Into<::std::string::String>,
    ) -> super::operations::RetrieveBillPaymentMerchantDetails<'_> {
        super::operations::RetrieveBillPaymentMerchantDetails::new(
            self,
            merchant_number.into(),
        )
    }
    /// List billers
    ///
    /// Returns the billers (merchants), grouped by biller category, optionally for one category.
    ///
    /// `GET /v1/moneyMovement/billPayments/merchants`
    pub fn retrieve_bill_payment_merchants(
        &self,
    ) -> super::operations::RetrieveBillPaymentMerchants<'_> {
        super::operations::RetrieveBillPaymentMerchants::new(self)
    }
    /// Get the outstanding bills of a biller payee
    ///
    /// Returns the outstanding bills of a registered biller payee (amount and due date of each) and the references the biller keeps for the customer.
    ///
    /// `GET /v1/moneyMovement/billPayments/payees/{payeeId}/billDetails`
    pub fn retrieve_bill_payment_payee_bill_details(
        &self,
        payee_id: impl ::std::convert::Into<::std::string::String>,
    ) -> super::operations::RetrieveBillPaymentPayeeBillDetails<'_> {
        super::operations::RetrieveBillPaymentPayeeBillDetails::new(
            self,
            payee_id.into(),
        )
    }
    /// List the source accounts and payees a bundle of transfers can use
    ///
    /// Step 1 of a bundle of transfers: per payment method, the accounts that can pay and the registered payees they can pay. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/paymentInitiation/bulk/sourceAccountAndPayees/eligibility`
    pub fn retrieve_bulk_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveBulkTransferEligibility<'_> {
        super::operations::RetrieveBulkTransferEligibility::new(self)
    }
    /// List eligible accounts for a Citi Global Transfer (to a Citi account in another country)
    ///
    /// Returns the accounts that can be debited and the registered Citi Global Transfer payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/citiGlobalTransfers/payees/sourceAccounts`
    pub fn retrieve_citi_global_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveCitiGlobalTransferEligibility<'_> {
        super::operations::RetrieveCitiGlobalTransferEligibility::new(self)
    }
    /// List eligible accounts for a cross-border wire transfer
    ///
    /// Returns the accounts that can be debited and the registered cross-border payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/crossBorderWireTransfers/payees/sourceAccounts`
    pub fn retrieve_cross_border_wire_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveCrossBorderWireTransferEligibility<'_> {
        super::operations::RetrieveCrossBorderWireTransferEligibility::new(self)
    }
    /// List destination countries
    ///
    /// Returns the countries transfers can be sent to, with each country's code, local currency, bank-branch identifier and whether it uses IBANs. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/moneyMovement/destinationCountries`
    pub fn retrieve_destination_countries(
        &self,
    ) -> super::operations::RetrieveDestinationCountries<'_> {
        super::operations::RetrieveDestinationCountries::new(self)
    }
    /// List eligible accounts for a transfer to an account at another domestic bank
    ///
    /// Returns the accounts that can be debited and the registered payees at other domestic banks each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/externalDomesticTransfers/payees/sourceAccounts`
    pub fn retrieve_external_domestic_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveExternalDomesticTransferEligibility<'_> {
        super::operations::RetrieveExternalDomesticTransferEligibility::new(self)
    }
    /// List eligible accounts for a transfer to another Citi Handlowy customer
    ///
    /// Returns the accounts that can be debited and the registered Citi Handlowy payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/internalDomesticTransfers/payees/sourceAccounts`
    pub fn retrieve_internal_domestic_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveInternalDomesticTransferEligibility<'_> {
        super::operations::RetrieveInternalDomesticTransferEligibility::new(self)
    }
    /// Get the status of every transfer of a bundle
    ///
    /// Returns the status of each transfer of a bundle submitted with one of the bundle calls. Pages with `startIndex` (the index of the first transfer to return) and answers `nextStartIndex`.
    ///
    /// `GET /v1/paymentInitiation/multipleTransfers/{citiBundleId}/status`
    pub fn retrieve_multiple_transfers_status(
        &self,
        citi_bundle_id: impl ::std::convert::Into<::std::string::String>,
    ) -> super::operations::RetrieveMultipleTransfersStatus<'_> {
        super::operations::RetrieveMultipleTransfersStatus::new(
            self,
            citi_bundle_id.into(),
        )
    }
    /// Get one payee
    ///
    /// Returns one registered payee; the object matching the payee's destination type is populated.
    ///
    /// `GET /v1/moneyMovement/payees/{payeeId}`
    pub fn retrieve_payee(
        &self,
        payee_id: impl ::std::convert::Into<::std::string::String>,
    ) -> super::operations::RetrievePayee<'_> {
        super::operations::RetrievePayee::new(self, payee_id.into())
    }
    /// Get additional details of one payee
    ///
    /// Returns the additional details of one registered payee (newer API of the same SDK). Response model inferred: PayeeDetailsResponse.
    ///
    /// `GET /v1/moneyMovement/payees/{payeeId}/details`
    pub fn retrieve_payee_details(
        &self,
        payee_id: impl ::std::convert::Into<::std::string::String>,
    ) -> super::operations::RetrievePayeeDetails<'_> {
        super::operations::RetrievePayeeDetails::new(self, payee_id.into())
    }
    /// List valid source and destination combinations
    ///
    /// Returns the valid source account / payee / own destination account combinations for all transfer types, optionally filtered by payment type.
    ///
    /// `GET /v1/moneyMovement/payees/sourceAccounts`
    pub fn retrieve_payee_source_accounts(
        &self,
    ) -> super::operations::RetrievePayeeSourceAccounts<'_> {
        super::operations::RetrievePayeeSourceAccounts::new(self)
    }
    /// List registered payees
    ///
    /// Returns the customer's registered payees, optionally filtered by payment type, one page at a time.
    ///
    /// `GET /v1/moneyMovement/payees`
    pub fn retrieve_payees(&self) -> super::operations::RetrievePayees<'_> {
        super::operations::RetrievePayees::new(self)
    }
    /// List eligible accounts for a transfer between the customer's own accounts
    ///
    /// Returns the customer's accounts that can be debited and the own accounts each can credit. Step 1 of the transfer flow.
    ///
    /// `GET /v1/moneyMovement/personalDomesticTransfers/destinationAccounts/sourceAccounts`
    pub fn retrieve_personal_domestic_transfer_eligibility(
        &self,
    ) -> super::operations::RetrievePersonalDomesticTransferEligibility<'_> {
        super::operations::RetrievePersonalDomesticTransferEligibility::new(self)
    }
    /// List the standing instructions
    ///
    /// Returns the customer's standing instructions (repeating and future-dated payments), optionally of one payment type. Pages with `nextStartIndex`.
    ///
    /// `GET /v1/paymentInitiation/repeatingPayments`
    pub fn retrieve_repeating_payments(
        &self,
    ) -> super::operations::RetrieveRepeatingPayments<'_> {
        super::operations::RetrieveRepeatingPayments::new(self)
    }
    /// List eligible accounts for a SEPA transfer
    ///
    /// Returns the accounts that can be debited and the registered SEPA payees each can pay. Step 1 of the transfer flow.
    ///
    /// `GET /v1/emea/moneyMovement/sepaTransfers/payees/sourceAccounts`
    pub fn retrieve_sepa_transfer_eligibility(
        &self,
    ) -> super::operations::RetrieveSepaTransferEligibility<'_> {
        super::operations::RetrieveSepaTransferEligibility::new(self)
    }
    /// Change a standing instruction
    ///
    /// Step 2 of changing a standing instruction: applies the preprocessed change. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
    ///
    /// `PUT /v1/paymentInitiation/repeatingPayments`
    pub fn update_repeating_payment(
        &self,
        body: impl ::std::convert::Into<
            super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsRequest,
        >,
    ) -> super::operations::UpdateRepeatingPayment<'_> {
        super::operations::UpdateRepeatingPayment::new(self, body.into())
    }
}
