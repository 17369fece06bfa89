/** The provider id Medusa gives the dealer payment provider (pp_<identifier>_<id>). */
export const DEALER_PAYMENT_PROVIDER_ID = "pp_dealer-payment_dealer-payment"
