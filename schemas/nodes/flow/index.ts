// Every flow node kind's schema, one file per kind. Adding a kind: add its file here and to node.schema.json.
export const flowNodeSchemas: readonly object[] = [];
