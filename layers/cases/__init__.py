"""Industrial-land conversion cases: demo data, rules, spatial facts, evaluation.

Policy: 北京市人民政府关于优化提升生产性服务业的意见 (2016), seed (二十二) and
一(二). No Qt here.
"""
