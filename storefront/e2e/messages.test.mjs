// Runs without a server: both locales must define exactly the same messages.
import assert from "node:assert/strict"
import { test } from "node:test"
import { MESSAGES } from "./helpers.mjs"

const flatten = (obj, prefix = "") =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))

test("zh-CN and en define the same message keys, none empty", () => {
  const zh = new Map(flatten(MESSAGES["zh-CN"]))
  const en = new Map(flatten(MESSAGES.en))
  assert.deepEqual([...zh.keys()].filter((k) => !en.has(k)), [], "missing in en.json")
  assert.deepEqual([...en.keys()].filter((k) => !zh.has(k)), [], "missing in zh-CN.json")
  for (const [k, v] of [...zh, ...en]) assert.ok(typeof v === "string" && v.trim(), `${k} is empty`)
})

test("the price placeholder reads as specified", () => {
  assert.equal(MESSAGES["zh-CN"].Price.signInToSee, "登录后查看价格")
  assert.equal(MESSAGES.en.Price.signInToSee, "Sign in to see prices")
})
