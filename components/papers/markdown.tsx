import ReactMarkdown from "react-markdown";
import { markdownComponents, remarkPlugins } from "./markdown-components";

/**
 * A paper's Markdown as HTML, on the server. react-markdown renders no raw HTML and drops unsafe
 * link protocols; images are not shown, so a paper cannot make readers' browsers fetch elsewhere.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="max-w-none text-stone-900" dir="auto">
      <ReactMarkdown components={markdownComponents} remarkPlugins={remarkPlugins}>{text}</ReactMarkdown>
    </div>
  );
}
