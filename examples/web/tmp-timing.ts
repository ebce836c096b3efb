import { loadDistrictExample } from './test/district-example.js'
const { compiled, dataset } = loadDistrictExample()
const session = compiled.session(dataset, { trace: false })
const units = dataset.units.map((u) => u.code)
const leaf = '1.2.2'
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const run = (label: string, f: (unit: string, i: number) => void) => { const s = cpu(); for (let i = 0; i < 60; i++) f(units[i % units.length], i); return cpu() - s }
const old = (unit: string, i: number) => { session.fork().apply([{ unit, node: leaf, field: 'value', value: '0.1' }]); session.fork().apply([{ unit, node: leaf, field: 'value', value: '0.3' }]) }
const neu = (unit: string, i: number) => { const f = session.fork(); f.apply([{ unit, node: leaf, field: 'value', value: '0.1' }]); f.apply([{ unit, node: leaf, field: 'value', value: '0.3' }]) }
run('warm', old); run('warm', neu)
for (let r = 0; r < 3; r++) { const a = run('old', old), b = run('new', neu); console.log('old', a.toFixed(0), 'new', b.toFixed(0), 'ratio', (b / a).toFixed(2)) }
