"""Exercise: predict the MRO of a hierarchy with two mixins."""


class Base:
    def save(self):
        return ["Base"]


class Logging(Base):
    def save(self):
        return ["Logging"] + super().save()


class Caching(Base):
    def save(self):
        return ["Caching"] + super().save()


class Service(Logging, Caching):
    def save(self):
        return ["Service"] + super().save()


class FastCache(Caching):
    pass


class App(Service, FastCache):
    pass


print([k.__name__ for k in App.__mro__])
print(App().save())
