import type { Components, Options } from "react-markdown";
import remarkGfm from "remark-gfm";

/** GitHub-flavoured Markdown: tables, strikethrough, task lists, footnotes and bare links are parsed. */
export const remarkPlugins: Options["remarkPlugins"] = [remarkGfm];

/** react-markdown passes its syntax-tree node along: not an attribute for the DOM. */
function withoutNode<P extends { node?: unknown }>({ node, ...props }: P): Omit<P, "node"> {
  void node;
  return props;
}

/** Markdown elements in the house style: logical spacing only, so the text reads right to left. */
export const markdownComponents: Components = {
  h1: (props) => <h2 className="mt-5 mb-2 text-xl font-bold text-stone-900 first:mt-0" {...withoutNode(props)} />,
  h2: (props) => <h3 className="mt-4 mb-2 text-lg font-bold text-stone-900 first:mt-0" {...withoutNode(props)} />,
  h3: (props) => <h4 className="mt-3 mb-1 font-semibold text-stone-900 first:mt-0" {...withoutNode(props)} />,
  p: (props) => <p className="my-2 leading-8" {...withoutNode(props)} />,
  ul: (props) => <ul className="my-2 list-disc space-y-1 ps-6" {...withoutNode(props)} />,
  ol: (props) => <ol className="my-2 list-decimal space-y-1 ps-6" {...withoutNode(props)} />,
  blockquote: (props) => <blockquote className="my-3 border-s-4 border-stone-300 ps-3 text-stone-700" {...withoutNode(props)} />,
  a: (props) => <a className="text-brand-700 underline" rel="noopener noreferrer nofollow" {...withoutNode(props)} />,
  code: (props) => <code className="rounded bg-stone-100 px-1 text-sm" dir="ltr" {...withoutNode(props)} />,
  table: (props) => (
    <div className="my-3 overflow-x-auto">
      <table className="text-sm" {...withoutNode(props)} />
    </div>
  ),
  th: (props) => <th className="border border-stone-200 bg-stone-50 px-2 py-1 text-start" {...withoutNode(props)} />,
  td: (props) => <td className="border border-stone-200 px-2 py-1" {...withoutNode(props)} />,
  del: (props) => <del className="text-stone-600" {...withoutNode(props)} />,
  img: () => null,
};
