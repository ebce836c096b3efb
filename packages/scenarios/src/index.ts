// Public API of @chiso/scenarios: curated named exports only, no logic here.
export {}
