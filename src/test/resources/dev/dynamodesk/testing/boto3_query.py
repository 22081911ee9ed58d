# The reference for queries of multi-attribute keys: boto3's own condition builder (Key(...).eq(...) & ...)
# and its resource layer's Table.query, paging by LastEvaluatedKey. Shares no code with the app.
# stdin: a JSON list of cases {"name", "index", "terms": [[attribute, op, value...]], "forward"}; numbers are
# written {"N": "2.50"} so they go as exact Decimals. stdout: per case "#case NAME" then one DynamoDB JSON
# item a line, or "#error NAME message".
import json, sys
from decimal import Decimal
import boto3
from boto3.dynamodb.conditions import Key
from boto3.dynamodb.types import TypeSerializer

endpoint, table_name = sys.argv[1:3]
table = boto3.resource('dynamodb', endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id='reference',
                       aws_secret_access_key='boto3').Table(table_name)
serializer = TypeSerializer()

def value(v):
    return Decimal(v['N']) if isinstance(v, dict) else v

for case in json.load(sys.stdin):
    condition = None
    for term in case['terms']:
        key = Key(term[0])
        op, args = term[1], [value(v) for v in term[2:]]
        part = {'eq': key.eq, 'lt': key.lt, 'lte': key.lte, 'gt': key.gt, 'gte': key.gte,
                'between': key.between, 'begins_with': key.begins_with}[op](*args)
        condition = part if condition is None else condition & part
    request = dict(IndexName=case['index'], KeyConditionExpression=condition, ScanIndexForward=case.get('forward', True))
    try:
        items = []
        while True:
            page = table.query(**request)
            items.extend(page['Items'])
            if 'LastEvaluatedKey' not in page:
                break
            request['ExclusiveStartKey'] = page['LastEvaluatedKey']
        print('#case ' + case['name'])
        for item in items:
            print(json.dumps({name: serializer.serialize(v) for name, v in item.items()}))
    except Exception as e:
        print('#error ' + case['name'] + ' ' + str(e).replace('\n', ' '))
