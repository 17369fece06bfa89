import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing } from "./routing"

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  // Onboarding, wholesale, order, payment and after-sales strings live in their own files (separate owners); namespaces never overlap.
  const [base, onboarding, wholesale, orders, payments, afterSales] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/onboarding.${locale}.json`),
    import(`../../messages/wholesale.${locale}.json`),
    import(`../../messages/orders.${locale}.json`),
    import(`../../messages/payments.${locale}.json`),
    import(`../../messages/afterSales.${locale}.json`),
  ])
  return {
    locale,
    messages: { ...base.default, ...onboarding.default, ...wholesale.default, ...orders.default, ...payments.default, ...afterSales.default },
    // Dates must not depend on the server's TZ; the business runs on Beijing time.
    timeZone: "Asia/Shanghai",
  }
})
