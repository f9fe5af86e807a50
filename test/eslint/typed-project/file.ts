// The RuleTester's code replaces this file's text (the project needs it to exist).
export {};
