import { errorFields, log } from "@/lib/log";
import { unsubscribeByToken } from "@/lib/notifications/unsubscribe";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * A mail client's one-click unsubscribe (RFC 8058: `List-Unsubscribe-Post: List-Unsubscribe=One-Click`),
 * posted without cookies: the signed token in the path is the key. Only POST: a GET (a link
 * scanner's, a prefetch) is answered 405 by the router and writes nothing.
 */
export async function POST(_request: Request, props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  try {
    const done = await unsubscribeByToken(token);
    if (!done) return text("رابط إلغاء الاشتراك غير صالح.\nLien de désinscription invalide.", 404);
    return text(done.changed.length ? "unsubscribed" : "already unsubscribed", 200);
  } catch (error) {
    log.error({ action: "notification.unsubscribe", error: errorFields(error) }, "one-click unsubscribe failed");
    return text("error", 503);
  }
}
