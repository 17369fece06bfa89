import { spawn } from "node:child_process"
import path from "node:path"
import { prefixed } from "./log.mjs"

/** Runs a command to completion with prefixed output; rejects on a non-zero exit. */
export function run(name, cmd, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const out = prefixed(name)
    const captured = []
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    const onData = (d) => {
      captured.push(d)
      if (!quiet) out(d)
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(captured).toString())
      const output = Buffer.concat(captured).toString()
      if (quiet) process.stdout.write(output)
      const err = new Error(`${name}: ${path.basename(cmd)} ${args.join(" ")} exited with ${code ?? signal}`)
      err.output = output
      reject(err)
    })
  })
}

/**
 * Keeps long-running children together: when one dies or the user presses
 * Ctrl-C, every child is stopped and the cleanup hooks (e.g. the embedded
 * database) run once.
 */
export class Supervisor {
  children = []
  cleanups = []
  stopping = null

  constructor() {
    for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
      process.on(sig, () => this.stop(`received ${sig}`).then(() => process.exit(0)))
    }
  }

  onStop(fn) {
    this.cleanups.push(fn)
  }

  start(name, cmd, args, { cwd, env } = {}) {
    const out = prefixed(name)
    // detached: the child leads its own process group, so stopping it also stops its children.
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true })
    child.stdout.on("data", out)
    child.stderr.on("data", out)
    child.on("exit", (code, signal) => {
      child.exited = true
      if (!this.stopping) {
        this.stop(`${name} exited with ${code ?? signal}`).then(() => process.exit(code || 1))
      }
    })
    this.children.push({ name, child })
    return child
  }

  stop(reason) {
    if (this.stopping) return this.stopping
    this.stopping = (async () => {
      if (reason) process.stdout.write(`[dealermall] stopping: ${reason}\n`)
      await Promise.all(this.children.map(({ child }) => stopChild(child)))
      for (const fn of this.cleanups.reverse()) {
        try {
          await fn()
        } catch (e) {
          process.stdout.write(`[dealermall] cleanup failed: ${e.message}\n`)
        }
      }
    })()
    return this.stopping
  }
}

function stopChild(child, graceMs = 8000) {
  if (child.exited || child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig)
      } catch {
        try { child.kill(sig) } catch {}
      }
    }
    const timer = setTimeout(() => kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    kill("SIGTERM")
  })
}

/** Polls a URL until it answers 2xx/3xx or the time runs out. */
export async function waitForHttp(url, { timeoutMs = 180000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the process behind ${url} died`)
    try {
      const res = await fetch(url, { redirect: "manual" })
      if (res.status < 400) return
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}
