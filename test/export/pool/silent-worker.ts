// A worker that loads and never says `ready`, as one a page's policy quietly keeps from running.
export {};
