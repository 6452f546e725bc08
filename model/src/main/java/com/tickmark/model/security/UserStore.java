package com.tickmark.model.security;

import java.util.List;
import java.util.Optional;

/** Where users are kept (implemented by the persistence module). */
public interface UserStore {
  Optional<User> findByUsername(String username);

  List<User> all();

  UserId nextId();

  void insert(User user);

  void update(User user);

  default boolean isEmpty() {
    return all().isEmpty();
  }
}
