import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { MESSAGES, TEST_TIMEOUT, goto, launchBrowser, openPage, screenshot } from "./helpers.mjs"

const UNKNOWN = {
  product: "/products/no-such-product-e2e-404",
  category: "/categories/no-such-category-e2e-404",
  route: "/no-such-page-e2e-404",
}

describe("not found", () => {
  let browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(() => browser?.close())

  for (const locale of ["zh-CN", "en"]) {
    for (const viewport of ["phone", "desktop"]) {
      test(`unknown product handle is a localized 404 in ${locale} at ${viewport} size`, { timeout: TEST_TIMEOUT }, async () => {
        const { context, page } = await openPage(browser, viewport)
        try {
          await goto(page, locale, UNKNOWN.product, { expectStatus: 404 })
          const box = page.locator('[data-testid="not-found"]')
          await box.waitFor()
          assert.ok((await box.innerText()).includes(MESSAGES[locale].NotFound.title))
          assert.equal(await page.getAttribute("html", "lang"), locale)
          await screenshot(page, `not-found-${locale}-${viewport}`)
        } finally {
          await context.close()
        }
      })
    }

    test(`unknown category and route are 404 in ${locale}`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, "desktop")
      try {
        for (const path of [UNKNOWN.category, UNKNOWN.route]) {
          await goto(page, locale, path, { expectStatus: 404 })
          await page.locator('[data-testid="not-found"]').waitFor()
        }
      } finally {
        await context.close()
      }
    })
  }
})
