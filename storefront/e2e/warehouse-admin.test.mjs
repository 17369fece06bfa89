// The staff side of fulfilment, at desktop size in Chinese: an approved order of
// 上海禾丰商贸 paid on account (made through the APIs) waits in 仓库发货 under 待拣货;
// staff open and print its pick list (only the list is printed), mark it 已拣货 and
// 已打包, and ship it in two packages from the ship drawer after a number in the
// wrong format is refused in the form. The order moves to 已发货 with two packages;
// in 物流跟踪 staff find a package by its number and record 已签收 by hand.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import { launchBrowser, screenshot } from "./helpers.mjs"
import { BACKEND, api, approvedOrder } from "./order-setup.mjs"

const DEALER = { email: "hefeng@dealer.demo", password: "DealerMall2026" }
const STAFF = { email: process.env.ADMIN_EMAIL || "admin@dealermall.local", password: process.env.ADMIN_PASSWORD }
const here = path.dirname(fileURLToPath(import.meta.url))
// Assertions read the admin's own texts, so copy edits do not break the test.
const L = JSON.parse(fs.readFileSync(path.join(here, "../../backend/src/admin/i18n/json/zh-CN.json"), "utf8")).dealermall.logistics
// SF + 13 digits, new on every run (numbers are unique across shipments).
const sfNumber = (n) => `SF${String(Date.now() + n).slice(-13).padStart(13, "0")}`

describe("warehouse and shipments admin", { skip: STAFF.password ? false : "ADMIN_PASSWORD is not set (npm test sets it)" }, () => {
  let browser
  let order
  before(async () => {
    browser = await launchBrowser()
    const approved = await approvedOrder(DEALER, STAFF, { skip: 1 })
    await api(`/store/dealer-orders/${approved.id}/pay`, { token: approved.token, json: { method: "on_account" } })
    order = approved
  })
  after(() => browser?.close())

  test("pick, pack, ship in two packages and record delivery by hand", { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    // The dashboard reads its language from the "lng" cookie first.
    await context.addCookies([{ name: "lng", value: "zhCN", url: BACKEND }])
    context.setDefaultTimeout(30_000)
    const page = await context.newPage()
    const errors = []
    page.on("pageerror", (e) => errors.push(e))
    try {
      await page.goto(`${BACKEND}/app/login`)
      await page.fill('input[name="email"]', STAFF.email)
      await page.fill('input[name="password"]', STAFF.password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })

      const rowIn = async (stage) => {
        await page.goto(`${BACKEND}/app/warehouse?stage=${stage}&q=${order.display_id}`)
        const row = page.locator('[data-testid="warehouse-row"]').filter({ has: page.getByText(`#${order.display_id}`, { exact: true }) })
        await row.waitFor({ timeout: 60_000 })
        return row
      }

      // 待拣货 → pick list, printed without the admin around it
      let row = await rowIn("to_pick")
      assert.ok((await page.locator('[data-testid="warehouse-tab-to_pick"]').innerText()).includes(L.stages.to_pick))
      await screenshot(page, "admin-warehouse-to-pick-desktop")
      await row.locator('[data-testid="open-pick-list"]').click()
      await page.locator('[data-testid="pick-line"]').first().waitFor()
      assert.ok((await page.locator("body").innerText()).includes(L.pickList.title))
      await page.emulateMedia({ media: "print" })
      assert.ok(await page.locator('[data-testid="print-root"]').isVisible(), "the printable copy shows when printing")
      assert.ok(!(await page.locator('[data-testid="print-pick-list"]').isVisible()), "the admin page is hidden when printing")
      await screenshot(page, "admin-pick-list-print")
      await page.emulateMedia({ media: "screen" })

      // 已拣货 → 待打包 → 已打包 → 待发货
      row = await rowIn("to_pick")
      await row.locator('[data-testid="mark-picked"]').click()
      row = await rowIn("to_pack")
      await row.locator('[data-testid="mark-packed"]').click()
      row = await rowIn("to_ship")
      await row.locator('[data-testid="ship-order"]').click()

      // A number that is not SF's format is refused before anything is sent.
      const drawer = page.getByRole("dialog")
      const tracking = drawer.locator('[data-testid="ship-tracking"]')
      await tracking.first().fill("SF123")
      await drawer.locator('[data-testid="ship-submit"]').click()
      await drawer.getByText(L.ship.errors.trackingFormat.replace("{{example}}", "SF1234567890123")).waitFor()

      // Two packages: the first line's last unit goes into the second.
      await drawer.locator('[data-testid="ship-add-package"]').click()
      const packages = drawer.locator('[data-testid="ship-package"]')
      const firstQty = packages.nth(0).locator("input[inputmode=numeric]").first()
      const remaining = Number(await firstQty.inputValue())
      assert.ok(remaining >= 2, "the first line has at least two units")
      await firstQty.fill(String(remaining - 1))
      await packages.nth(1).locator("input[inputmode=numeric]").first().fill("1")
      const numbers = [sfNumber(0), sfNumber(1)]
      await tracking.nth(0).fill(numbers[0])
      await tracking.nth(1).fill(numbers[1].toLowerCase()) // normalised like the server does
      await screenshot(page, "admin-ship-drawer-two-packages")
      await drawer.locator('[data-testid="ship-submit"]').click()
      await drawer.waitFor({ state: "detached", timeout: 60_000 })

      row = await rowIn("shipped")
      assert.ok((await row.innerText()).includes(L.actions.viewShipments.replace("{{count}}", "2")))

      // 物流跟踪: the package by its number, delivered by hand
      await page.goto(`${BACKEND}/app/shipments?q=${numbers[1]}`)
      const shipment = page.locator('[data-testid="shipment-row"]').filter({ hasText: numbers[1] })
      await shipment.waitFor({ timeout: 60_000 })
      assert.ok((await shipment.innerText()).includes(L.states.pending))
      await shipment.click()
      await page.fill("#event-description", "已签收，签收人：王采购")
      await page.locator("#event-state").click()
      await page.getByRole("option", { name: L.states.delivered }).click()
      await page.locator('[data-testid="add-event-submit"]').click()
      await page.locator('[data-testid="event-timeline"]').getByText("已签收，签收人：王采购").waitFor()
      await page.keyboard.press("Escape")
      await page.getByRole("dialog").waitFor({ state: "detached" })
      await shipment.filter({ hasText: L.states.delivered }).waitFor({ timeout: 30_000 })
      await screenshot(page, "admin-shipments-delivered-desktop")
      assert.deepEqual(errors.map(String), [], "no uncaught page errors")
    } finally {
      await context.close()
    }
  })
})
