import "./globals.css"

// Reached only for requests the i18n middleware does not handle (e.g. paths
// with a file extension), so there is no locale: show both languages.
export default function RootNotFound() {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen items-center justify-center p-6 font-sans">
        <main className="text-center">
          <h1 className="text-2xl font-bold">页面不存在 · Page not found</h1>
          <p className="mt-4">
            <a href="/" className="text-brand-600 underline">
              返回首页 · Back to home
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
