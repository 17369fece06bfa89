import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing } from "./routing"

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  // Onboarding and wholesale strings live in their own files (separate owners); namespaces never overlap.
  const [base, onboarding, wholesale] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/onboarding.${locale}.json`),
    import(`../../messages/wholesale.${locale}.json`),
  ])
  return {
    locale,
    messages: { ...base.default, ...onboarding.default, ...wholesale.default },
    // Dates must not depend on the server's TZ; the business runs on Beijing time.
    timeZone: "Asia/Shanghai",
  }
})
