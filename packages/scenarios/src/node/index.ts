// Public API of @chiso/scenarios/node: curated named exports only, no logic here.
export {}
