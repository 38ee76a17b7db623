#!/usr/bin/env node
// Writes data/search.json: search aids for the page's occupation box.
//  - initials: pinyin initials of every name in data/catalogue.json's category lists and
//    data/special-ability.json's lists, and of every alias below (lower-case ASCII; letters
//    and digits kept as is), so that typing "dg" finds 电工, "plc" finds PLC编程 and "wxdg"
//    (维修电工) finds 电工;
//  - aliases: well-known old or colloquial names (维修电工 -> 电工). They are not from the
//    seed and never change an answer: the engine's rules never read this file.
// usage: node tools/make-search-index.mjs [--check]   (--check: exit 1 when the file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (f) => JSON.parse(readFileSync(join(root, 'data', f), 'utf8'));

// alias -> a name that must exist in the data (checked below); one alias may point at two names
const ALIASES = [
  ['维修电工', '电工'], ['电焊工', '焊工'], ['焊接工', '焊工'], ['电气焊工', '焊工'],
  ['汽车修理工', '汽车维修工'], ['汽修工', '汽车维修工'], ['汽车维修', '汽车维修工'],
  ['电梯维修工', '电梯安装维修工'], ['电梯安装工', '电梯安装维修工'],
  ['机修钳工', '钳工'], ['装配钳工', '钳工'], ['工具钳工', '钳工'],
  ['数控车工', '车工'], ['数控铣工', '铣工'], ['模具钳工', '模具工'],
  ['起重工', '起重装卸机械操作工'], ['行车工', '起重装卸机械操作工'],
  ['空调安装工', '制冷空调系统安装维修工'], ['空调维修工', '制冷空调系统安装维修工'],
  ['制冷设备维修工', '制冷空调系统安装维修工'],
  ['锅炉工', '锅炉操作工'], ['司炉工', '锅炉操作工'],
  ['中式烹饪师', '中式烹调师'], ['厨师', '中式烹调师'], ['中餐厨师', '中式烹调师'],
  ['西式烹饪师', '西式烹调师'], ['西餐厨师', '西式烹调师'],
  ['面点师', '中式面点师'], ['面点师', '西式面点师'], ['西点师', '西式面点师'], ['烘焙师', '西式面点师'],
  ['验光员', '眼镜验光员'], ['验光师', '眼镜验光员'], ['配镜工', '眼镜定配工'],
  ['育婴师', '育婴员'], ['保姆', '育婴员'], ['保安', '保安员'], ['木工', '手工木工'],
  ['瓦工', '砌筑工'], ['泥瓦工', '砌筑工'], ['茶艺员', '茶艺师'],
  ['人力资源管理师', '企业人力资源管理师'], ['物业管理员', '智能楼宇管理员'],
  ['艾灸理疗', '艾炙理疗'], ['美甲', '指甲设计'], ['美甲师', '指甲设计'],
  ['月嫂', '母婴护理'], ['推拿', '中医推拿'], ['主播', '网络直播'], ['直播带货', '网络直播'],
  ['网店运营', '电商网店运营'], ['收银员', '商品收银'], ['护工', '医院护理'],
  ['养老护理', '老年照料'], ['催乳师', '中医催乳'], ['纹绣', '纹绣造型'],
  ['化妆师', '化妆设计'], ['蛋糕烘焙', '甜品烘焙'], ['工业机器人', '工业机器人应用与维护'],
  ['美睫', '美睫嫁接'], ['足疗', '脚穴按摩'],
];

function names() {
  const out = [];
  const add = (n) => { if (!out.includes(n)) out.push(n); };
  for (const e of read('catalogue.json').editions)
    for (const c of e.categories) c.occupations.forEach(add);
  for (const e of read('special-ability.json').editions)
    for (const list of Object.values(e.lists)) list.forEach(add);
  return out;
}

export function initialsOf(name) {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function buildIndex() {
  const all = names();
  const missing = ALIASES.filter(([, n]) => !all.includes(n));
  if (missing.length) throw new Error(`alias targets not in data: ${missing.map((m) => m.join('->')).join(', ')}`);
  const clash = ALIASES.filter(([a]) => all.includes(a));
  if (clash.length) throw new Error(`aliases that are real names: ${clash.map((m) => m[0]).join(', ')}`);
  return {
    $schema: 'schema/search.schema.json',
    source: {
      doc: 'project',
      part: 'search aids (tools/make-search-index.mjs)',
      note: 'aliases are not from the seed: they only help search and never change an answer',
    },
    aliases: ALIASES.map(([alias, name]) => ({ alias, name })),
    initials: Object.fromEntries([...all, ...ALIASES.map(([alias]) => alias)].map((n) => [n, initialsOf(n)])),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, 'data', 'search.json');
  const text = JSON.stringify(buildIndex(), null, 1) + '\n';
  if (process.argv.includes('--check')) {
    let old = '';
    try { old = readFileSync(file, 'utf8'); } catch { /* missing counts as stale */ }
    if (old !== text) { console.error('data/search.json is stale: run node tools/make-search-index.mjs'); process.exit(1); }
    console.log('data/search.json is up to date');
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
