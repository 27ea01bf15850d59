// The web-test-runner command `ax-tree`: the page's whole accessibility tree as Chromium exposes it
// (puppeteer's snapshot with every node, not only the "interesting" ones: tables, rows and cells
// are kept), so that a browser test can check what assistive technology is given. In a test:
//   const tree = await executeServerCommand('ax-tree');
// @web/test-runner-commands' own a11ySnapshot keeps only the interesting nodes, which drops them.

/** The plugin: add it to a web-test-runner config's `plugins`. */
export function axTreePlugin() {
  return {
    name: 'pact-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`ax-tree needs puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
