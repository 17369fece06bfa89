// Just enough of the Redis protocol (RESP) to check that Redis answers and to empty a test
// database, so the scripts need no Redis client package of their own.
import net from "node:net"
import tls from "node:tls"

const encode = (args) => `*${args.length}\r\n` + args.map((a) => `$${Buffer.byteLength(String(a))}\r\n${a}\r\n`).join("")

/**
 * Runs commands one after another on one connection (AUTH and SELECT from the URL first)
 * and resolves with their simple replies. Any error reply or a silent server rejects.
 */
export function redisCommands(redisUrl, commands, { timeoutMs = 5000 } = {}) {
  const u = new URL(redisUrl)
  const port = Number(u.port || 6379)
  const host = u.hostname || "127.0.0.1"
  const pre = []
  if (u.password) pre.push(u.username ? ["AUTH", decodeURIComponent(u.username), decodeURIComponent(u.password)] : ["AUTH", decodeURIComponent(u.password)])
  const db = u.pathname.replace(/^\//, "")
  if (db) pre.push(["SELECT", db])
  const all = [...pre, ...commands]
  return new Promise((resolve, reject) => {
    const send = () => socket.write(all.map(encode).join(""))
    const socket = u.protocol === "rediss:" ? tls.connect({ host, port, servername: host }, send) : net.connect({ host, port }, send)
    const replies = []
    let buffer = ""
    const fail = (err) => {
      socket.destroy()
      reject(new Error(`Redis at ${host}:${port}: ${err.message || err}`))
    }
    socket.setTimeout(timeoutMs, () => fail(new Error(`no answer within ${timeoutMs / 1000}s`)))
    socket.on("error", fail)
    socket.on("data", (chunk) => {
      buffer += chunk.toString()
      let end
      // Only simple (+OK), error (-ERR) and integer (:1) replies are expected from these commands.
      while ((end = buffer.indexOf("\r\n")) !== -1) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (line.startsWith("-")) return fail(new Error(`${all[replies.length][0]} → ${line.slice(1)}`))
        replies.push(line.slice(1))
        if (replies.length === all.length) {
          socket.end()
          return resolve(replies.slice(pre.length))
        }
      }
    })
  })
}

/** Throws a message naming the URL (without its password) when Redis does not answer PING. */
export async function assertRedisUp(redisUrl) {
  try {
    const [pong] = await redisCommands(redisUrl, [["PING"]])
    if (pong !== "PONG") throw new Error(`PING answered ${pong}`)
  } catch (e) {
    throw new Error(`Redis is not reachable at ${redactUrl(redisUrl)} (${e.message}); start Redis or set REDIS_URL`)
  }
}

export function redactUrl(url) {
  const u = new URL(url)
  if (u.password) u.password = "***"
  return u.toString()
}
