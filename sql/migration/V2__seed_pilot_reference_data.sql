-- Reference data of the 2011 pilot notice (监发〔2011〕6号): its four pilot tracks, the eight pilot
-- regions and six pilot ministries, a few public services each, and one template indicator
-- system per track whose public-appraisal leaves citizens rate.

INSERT INTO pilot_track (code, name_zh, name_en, sort_order) VALUES
  ('LOCAL',         '地方政府及政府机关绩效管理', 'Local government and government agency performance', 1),
  ('STATE_COUNCIL', '国务院机构机关工作绩效管理', 'State Council agency performance', 2),
  ('ENERGY',        '节能减排政策落实情况绩效管理', 'Energy-saving and emission-reduction policy implementation', 3),
  ('BUDGET',        '财政预算资金绩效管理', 'Fiscal budget fund performance', 4);

INSERT INTO region (code, name_zh, name_en, sort_order) VALUES
  ('CN', '全国',             'National', 0),
  ('BJ', '北京市',           'Beijing', 1),
  ('JL', '吉林省',           'Jilin', 2),
  ('FJ', '福建省',           'Fujian', 3),
  ('GX', '广西壮族自治区',   'Guangxi Zhuang Autonomous Region', 4),
  ('SC', '四川省',           'Sichuan', 5),
  ('XJ', '新疆维吾尔自治区', 'Xinjiang Uygur Autonomous Region', 6),
  ('ZJ', '浙江省',           'Zhejiang', 7),
  ('GD', '广东省',           'Guangdong', 8);

INSERT INTO agency (code, name_zh, short_name_zh, name_en, kind, track_id, region_id, sort_order)
SELECT a.code, a.name_zh, a.short_name_zh, a.name_en, a.kind, t.id, r.id, a.sort_order
FROM (
  SELECT 'BJ' AS code, '北京市人民政府' AS name_zh, '北京市' AS short_name_zh, 'Beijing Municipal People''s Government' AS name_en, 'REGIONAL_GOVERNMENT' AS kind, 'LOCAL' AS track, 'BJ' AS region, 1 AS sort_order
  UNION ALL SELECT 'JL', '吉林省人民政府', '吉林省', 'People''s Government of Jilin Province', 'REGIONAL_GOVERNMENT', 'LOCAL', 'JL', 2
  UNION ALL SELECT 'FJ', '福建省人民政府', '福建省', 'People''s Government of Fujian Province', 'REGIONAL_GOVERNMENT', 'LOCAL', 'FJ', 3
  UNION ALL SELECT 'GX', '广西壮族自治区人民政府', '广西壮族自治区', 'People''s Government of Guangxi Zhuang Autonomous Region', 'REGIONAL_GOVERNMENT', 'LOCAL', 'GX', 4
  UNION ALL SELECT 'SC', '四川省人民政府', '四川省', 'People''s Government of Sichuan Province', 'REGIONAL_GOVERNMENT', 'LOCAL', 'SC', 5
  UNION ALL SELECT 'XJ', '新疆维吾尔自治区人民政府', '新疆维吾尔自治区', 'People''s Government of Xinjiang Uygur Autonomous Region', 'REGIONAL_GOVERNMENT', 'LOCAL', 'XJ', 6
  UNION ALL SELECT 'HZ', '杭州市人民政府', '杭州市', 'Hangzhou Municipal People''s Government', 'REGIONAL_GOVERNMENT', 'LOCAL', 'ZJ', 7
  UNION ALL SELECT 'SZ', '深圳市人民政府', '深圳市', 'Shenzhen Municipal People''s Government', 'REGIONAL_GOVERNMENT', 'LOCAL', 'GD', 8
  UNION ALL SELECT 'NDRC', '国家发展和改革委员会', '发展改革委', 'National Development and Reform Commission', 'MINISTRY', 'ENERGY', 'CN', 9
  UNION ALL SELECT 'MOF', '财政部', '财政部', 'Ministry of Finance', 'MINISTRY', 'BUDGET', 'CN', 10
  UNION ALL SELECT 'MLR', '国土资源部', '国土资源部', 'Ministry of Land and Resources', 'MINISTRY', 'STATE_COUNCIL', 'CN', 11
  UNION ALL SELECT 'MEP', '环境保护部', '环境保护部', 'Ministry of Environmental Protection', 'MINISTRY', 'ENERGY', 'CN', 12
  UNION ALL SELECT 'MOA', '农业部', '农业部', 'Ministry of Agriculture', 'MINISTRY', 'STATE_COUNCIL', 'CN', 13
  UNION ALL SELECT 'AQSIQ', '国家质量监督检验检疫总局', '质检总局', 'General Administration of Quality Supervision, Inspection and Quarantine', 'MINISTRY', 'STATE_COUNCIL', 'CN', 14
) a
JOIN pilot_track t ON t.code = a.track
JOIN region r ON r.code = a.region;

INSERT INTO service_offering (code, agency_id, name_zh, name_en, sort_order)
SELECT CONCAT(a.code, '-', s.suffix), a.id, s.name_zh, s.name_en, s.sort_order
FROM agency a
JOIN (
  SELECT 'BIZ' AS suffix, '企业开办' AS name_zh, 'Business start-up registration' AS name_en, 1 AS sort_order
  UNION ALL SELECT 'REALTY', '不动产登记', 'Real estate registration', 2
  UNION ALL SELECT 'SOCIAL', '社会保障卡办理', 'Social security card', 3
  UNION ALL SELECT 'HOTLINE', '12345政务服务便民热线', '12345 government service hotline', 4
) s
WHERE a.kind = 'REGIONAL_GOVERNMENT';

INSERT INTO service_offering (code, agency_id, name_zh, name_en, sort_order)
SELECT s.code, a.id, s.name_zh, s.name_en, s.sort_order
FROM (
  SELECT 'NDRC' AS agency, 'NDRC-INVEST' AS code, '固定资产投资项目核准' AS name_zh, 'Fixed-asset investment project approval' AS name_en, 1 AS sort_order
  UNION ALL SELECT 'NDRC', 'NDRC-ENERGY', '节能审查', 'Energy-saving review', 2
  UNION ALL SELECT 'NDRC', 'NDRC-PRICE', '价格举报受理', 'Price complaint handling', 3
  UNION ALL SELECT 'MOF', 'MOF-DISCLOSE', '预决算信息公开', 'Budget and final accounts disclosure', 1
  UNION ALL SELECT 'MOF', 'MOF-PROCURE', '政府采购投诉处理', 'Government procurement complaints', 2
  UNION ALL SELECT 'MOF', 'MOF-EXAM', '会计资格考试服务', 'Accounting qualification examination', 3
  UNION ALL SELECT 'MLR', 'MLR-LAND', '建设用地审批', 'Construction land approval', 1
  UNION ALL SELECT 'MLR', 'MLR-MINING', '矿业权登记', 'Mining rights registration', 2
  UNION ALL SELECT 'MLR', 'MLR-PETITION', '信访接待', 'Letters and visits reception', 3
  UNION ALL SELECT 'MEP', 'MEP-EIA', '建设项目环境影响评价审批', 'Environmental impact assessment approval', 1
  UNION ALL SELECT 'MEP', 'MEP-12369', '12369环保举报', '12369 environmental complaints hotline', 2
  UNION ALL SELECT 'MEP', 'MEP-PERMIT', '排污许可', 'Pollutant discharge permit', 3
  UNION ALL SELECT 'MOA', 'MOA-PESTICIDE', '农药登记', 'Pesticide registration', 1
  UNION ALL SELECT 'MOA', 'MOA-VETDRUG', '兽药产品批准文号核发', 'Veterinary drug approval', 2
  UNION ALL SELECT 'MOA', 'MOA-QUALITY', '农产品质量安全投诉', 'Agricultural product safety complaints', 3
  UNION ALL SELECT 'AQSIQ', 'AQSIQ-LICENCE', '工业产品生产许可证', 'Industrial product production licence', 1
  UNION ALL SELECT 'AQSIQ', 'AQSIQ-CIQ', '出入境检验检疫', 'Entry-exit inspection and quarantine', 2
  UNION ALL SELECT 'AQSIQ', 'AQSIQ-12365', '12365质量投诉举报', '12365 quality complaints hotline', 3
) s
JOIN agency a ON a.code = s.agency;

INSERT INTO indicator_system (code, track_id, name_zh, name_en, template)
SELECT CONCAT('TPL-', t.code), t.id, CONCAT(t.name_zh, '评价指标体系（模板）'), CONCAT(t.name_en, ': indicator system (template)'), TRUE
FROM pilot_track t;

-- First-level indicators of each template: (system, code, names, weight, order).
INSERT INTO indicator (system_id, parent_id, code, name_zh, name_en, weight, public_appraisal, overall_satisfaction, sort_order)
SELECT s.id, NULL, i.code, i.name_zh, i.name_en, i.weight, FALSE, FALSE, i.sort_order
FROM (
  SELECT 'TPL-LOCAL' AS sys, 'DUTY' AS code, '职责履行' AS name_zh, 'Performance of duties' AS name_en, 0.300000 AS weight, 1 AS sort_order
  UNION ALL SELECT 'TPL-LOCAL', 'LAW', '依法行政', 'Law-based administration', 0.150000, 2
  UNION ALL SELECT 'TPL-LOCAL', 'ENVIRONMENT', '资源节约与环境保护', 'Resource conservation and environmental protection', 0.150000, 3
  UNION ALL SELECT 'TPL-LOCAL', 'PUBLIC', '公众满意度', 'Public satisfaction', 0.400000, 4
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'DUTY', '职责履行', 'Performance of duties', 0.300000, 1
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'LAW', '依法行政', 'Law-based administration', 0.150000, 2
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'MANAGEMENT', '机关管理', 'Internal management', 0.150000, 3
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'REFORM', '改革创新', 'Reform and innovation', 0.100000, 4
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'PUBLIC', '公众满意度', 'Public satisfaction', 0.300000, 5
  UNION ALL SELECT 'TPL-ENERGY', 'TARGETS', '目标责任完成', 'Target responsibilities met', 0.350000, 1
  UNION ALL SELECT 'TPL-ENERGY', 'PROCESS', '工作部署与过程', 'Deployment and process', 0.200000, 2
  UNION ALL SELECT 'TPL-ENERGY', 'RESULTS', '节能减排成效', 'Savings and emission reductions achieved', 0.200000, 3
  UNION ALL SELECT 'TPL-ENERGY', 'PUBLIC', '公众满意度', 'Public satisfaction', 0.250000, 4
  UNION ALL SELECT 'TPL-BUDGET', 'EXECUTION', '预算执行', 'Budget execution', 0.200000, 1
  UNION ALL SELECT 'TPL-BUDGET', 'OUTPUT', '产出', 'Outputs', 0.300000, 2
  UNION ALL SELECT 'TPL-BUDGET', 'OUTCOME', '效益', 'Outcomes', 0.300000, 3
  UNION ALL SELECT 'TPL-BUDGET', 'PUBLIC', '服务对象满意度', 'Beneficiary satisfaction', 0.200000, 4
) i
JOIN indicator_system s ON s.code = i.sys;

-- Second-level leaves. Under PUBLIC they are rated by citizens; OVERALL is the overall rating
-- that every appraisal carries.
INSERT INTO indicator (system_id, parent_id, code, name_zh, name_en, weight, public_appraisal, overall_satisfaction, sort_order)
SELECT p.system_id, p.id, i.code, i.name_zh, i.name_en, i.weight, i.public_appraisal, i.overall, i.sort_order
FROM (
  SELECT 'TPL-LOCAL' AS sys, 'DUTY' AS parent, 'ECONOMY' AS code, '经济结构优化' AS name_zh, 'Economic restructuring' AS name_en, 0.500000 AS weight, FALSE AS public_appraisal, FALSE AS overall, 1 AS sort_order
  UNION ALL SELECT 'TPL-LOCAL', 'DUTY', 'LIVELIHOOD', '民生改善与基本公共服务', 'Livelihoods and basic public services', 0.500000, FALSE, FALSE, 2
  UNION ALL SELECT 'TPL-LOCAL', 'PUBLIC', 'OVERALL', '总体满意度', 'Overall satisfaction', 0.400000, TRUE, TRUE, 1
  UNION ALL SELECT 'TPL-LOCAL', 'PUBLIC', 'EFFICIENCY', '办事效率', 'Efficiency', 0.200000, TRUE, FALSE, 2
  UNION ALL SELECT 'TPL-LOCAL', 'PUBLIC', 'ATTITUDE', '服务态度', 'Attitude of staff', 0.200000, TRUE, FALSE, 3
  UNION ALL SELECT 'TPL-LOCAL', 'PUBLIC', 'TRANSPARENCY', '政务公开', 'Transparency', 0.200000, TRUE, FALSE, 4
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'PUBLIC', 'OVERALL', '总体满意度', 'Overall satisfaction', 0.400000, TRUE, TRUE, 1
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'PUBLIC', 'EFFICIENCY', '办事效率', 'Efficiency', 0.200000, TRUE, FALSE, 2
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'PUBLIC', 'ATTITUDE', '服务态度', 'Attitude of staff', 0.200000, TRUE, FALSE, 3
  UNION ALL SELECT 'TPL-STATE_COUNCIL', 'PUBLIC', 'TRANSPARENCY', '政务公开', 'Transparency', 0.200000, TRUE, FALSE, 4
  UNION ALL SELECT 'TPL-ENERGY', 'PUBLIC', 'OVERALL', '总体满意度', 'Overall satisfaction', 0.400000, TRUE, TRUE, 1
  UNION ALL SELECT 'TPL-ENERGY', 'PUBLIC', 'EFFICIENCY', '办事效率', 'Efficiency', 0.200000, TRUE, FALSE, 2
  UNION ALL SELECT 'TPL-ENERGY', 'PUBLIC', 'TRANSPARENCY', '信息公开', 'Transparency', 0.200000, TRUE, FALSE, 3
  UNION ALL SELECT 'TPL-ENERGY', 'PUBLIC', 'RESPONSIVENESS', '回应关切', 'Responsiveness to concerns', 0.200000, TRUE, FALSE, 4
  UNION ALL SELECT 'TPL-BUDGET', 'PUBLIC', 'OVERALL', '总体满意度', 'Overall satisfaction', 0.400000, TRUE, TRUE, 1
  UNION ALL SELECT 'TPL-BUDGET', 'PUBLIC', 'EFFICIENCY', '资金拨付效率', 'Efficiency of disbursement', 0.200000, TRUE, FALSE, 2
  UNION ALL SELECT 'TPL-BUDGET', 'PUBLIC', 'TRANSPARENCY', '预算公开透明', 'Budget transparency', 0.200000, TRUE, FALSE, 3
  UNION ALL SELECT 'TPL-BUDGET', 'PUBLIC', 'ATTITUDE', '服务态度', 'Attitude of staff', 0.200000, TRUE, FALSE, 4
) i
JOIN indicator_system s ON s.code = i.sys
JOIN indicator p ON p.system_id = s.id AND p.code = i.parent;
