"""Exercise: how often can a class be modified and still use the type attribute cache?"""
import _testcapi


class Config:
    level = 0


tags = []
for i in range(1_500):
    Config.level = i                 # modifying the class invalidates its version tag
    Config().level                   # the lookup asks for a new tag
    tags.append(_testcapi.type_get_version(Config))

valid = [t for t in tags if t != 0]
print("modifications:", len(tags), "| lookups that got a version tag:", len(valid))
if len(valid) < len(tags):
    print("first modification left without a tag:", tags.index(0) + 1)
print("attribute still correct:", Config().level == 1_499)
