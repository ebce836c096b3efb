// Public API of @chiso/adapters: curated named exports only, no logic here.
export {}
