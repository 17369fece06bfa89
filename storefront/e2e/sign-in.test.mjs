import assert from "node:assert/strict"
import fs from "node:fs"
import { after, before, describe, test } from "node:test"
import {
  COMBOS, MESSAGES, TEST_TIMEOUT, assertCommonPage, assertNoPageErrors, goto, launchBrowser, openPage, screenshot,
} from "./helpers.mjs"

// Sign-in errors live in the onboarding message files (messages/onboarding.<locale>.json).
const AUTH = Object.fromEntries(
  ["zh-CN", "en"].map((l) => [l, JSON.parse(fs.readFileSync(new URL(`../messages/onboarding.${l}.json`, import.meta.url))).Auth])
)
const randomMobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`

describe("sign-in", () => {
  let browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(() => browser?.close())

  for (const { locale, viewport } of COMBOS) {
    test(`password and SMS tabs validate and show the backend's refusals in ${locale} at ${viewport} size`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, viewport)
      const m = MESSAGES[locale].SignIn
      const auth = AUTH[locale]
      try {
        await goto(page, locale, "/sign-in")
        await assertCommonPage(page, { locale, viewport })
        await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
        assert.equal((await page.locator("h1").innerText()).trim(), m.title)
        const notice = page.locator('[data-testid="form-notice"]')
        const error = page.locator('[data-testid="form-error"]')

        // Empty submit: inline validation, nothing sent.
        await page.locator('[data-testid="password-form"] button[type="submit"]').click()
        await page.getByText(m.errors.accountRequired).waitFor()
        assert.equal((await error.innerText()).trim(), "")

        // An unknown login: the backend refuses, the form says so inline.
        await page.getByLabel(m.account, { exact: true }).fill(`nobody-${Date.now()}@example.com`)
        await page.locator("#signin-password").fill("secret-password")
        await page.locator('[data-testid="password-form"] button[type="submit"]').click()
        await error.getByText(auth.errors.wrongPassword).waitFor()
        assert.match(new URL(page.url()).pathname, /\/sign-in$/)
        assert.ok(!page.url().includes("secret-password"), "password never in the URL")

        await page.getByRole("tab", { name: m.tabSms }).click()
        assert.equal(await page.getByRole("tab", { name: m.tabSms }).getAttribute("aria-selected"), "true")
        await page.getByLabel(m.phone, { exact: true }).fill(randomMobile())
        const send = page.locator('[data-testid="send-code"]')
        await send.click()
        // Sent (the same answer for unknown numbers): a countdown. Rate-limited: the backend's message.
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="form-notice"]')?.textContent?.trim() ||
            document.querySelector('[data-testid="form-error"]')?.textContent?.trim(),
          undefined,
          { timeout: 20_000 }
        )
        if (!(await error.innerText()).trim()) {
          assert.equal((await notice.innerText()).trim(), auth.codeSent)
          assert.ok(await send.isDisabled(), "resend waits for the cooldown")
        }
        await page.getByLabel(m.code, { exact: true }).fill("123456")
        await page.locator('[data-testid="sms-form"] button[type="submit"]').click()
        await error.getByText(auth.errors.codeWrong).waitFor()

        await assertNoPageErrors(page)
        await screenshot(page, `sign-in-${locale}-${viewport}`)
      } finally {
        await context.close()
      }
    })
  }
})
